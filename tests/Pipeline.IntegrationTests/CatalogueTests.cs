using System.Text.Json;
using DocPipe.V1;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>ListPlugins, ListChains and ValidateChain.</summary>
[Collection(SharedHost.Name)]
public sealed class CatalogueTests(HostFixture host)
{
    private static readonly string[] Kinds = ["cleaner", "extractor", "summarizer", "converter"];
    private static readonly string[] MarkerOptions = ["word", "prefix", "delete", "repeat"];
    private static readonly string[] NewsPlugins = ["qr-code", "whitespace"];

    [Fact]
    public async Task ListPlugins_lists_the_built_in_and_the_test_plugins_with_lower_case_kinds_and_JSON_option_schemas()
    {
        var response = await host.Client.ListPluginsAsync(new ListPluginsRequest());

        var byName = response.Plugins.ToDictionary(p => p.Name);
        Assert.Equal(response.Plugins.Count, byName.Count);
        var expected = new Dictionary<string, string>
        {
            ["qr-code"] = "cleaner",
            ["whitespace"] = "cleaner",
            ["marker"] = "cleaner",
            ["throws"] = "extractor",
            ["hangs"] = "extractor",
            ["waits"] = "extractor",
            ["rejects"] = "converter",
            ["bad-edits"] = "cleaner",
        };
        foreach (var (name, kind) in expected)
        {
            Assert.True(byName.ContainsKey(name), $"plugin {name} is not listed; listed: {string.Join(", ", byName.Keys)}");
            Assert.Equal(kind, byName[name].Kind);
        }

        foreach (var plugin in response.Plugins)
        {
            Assert.Contains(plugin.Kind, Kinds);
            Assert.NotEmpty(plugin.Version);
            Assert.NotEmpty(plugin.Description);
            using var schema = JsonDocument.Parse(plugin.OptionsSchema);
            Assert.Equal(JsonValueKind.Object, schema.RootElement.ValueKind);
        }

        using var marker = JsonDocument.Parse(byName["marker"].OptionsSchema);
        var properties = marker.RootElement.GetProperty("properties");
        Assert.All(MarkerOptions, name => Assert.True(properties.TryGetProperty(name, out _), $"marker's schema lacks {name}"));
    }

    [Fact]
    public async Task ListChains_lists_every_configured_chain_with_its_JSON_and_names_the_default()
    {
        var response = await host.Client.ListChainsAsync(new ListChainsRequest());

        Assert.Equal("news", response.DefaultChain);
        Assert.Equal(HostFixture.ChainNames.Order(StringComparer.Ordinal), response.Chains.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var chain in response.Chains)
        {
            using var json = JsonDocument.Parse(chain.Json);
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("steps").ValueKind);
        }

        var news = response.Chains.Single(c => c.Name == "news");
        Assert.Equal("Scraped news: QR-code artifacts, then white space.", news.Description);
        using var newsJson = JsonDocument.Parse(news.Json);
        Assert.Equal(NewsPlugins, newsJson.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("plugin").GetString()));
    }

    [Fact]
    public async Task ValidateChain_accepts_a_valid_chain()
    {
        var response = await host.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = HostFixture.MarkerChainJson });

        Assert.True(response.Valid);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task ValidateChain_returns_every_error_of_an_invalid_chain_with_its_path_line_and_column()
    {
        var response = await host.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = InvalidChain.Json });

        Assert.False(response.Valid);
        Assert.Equal(
            InvalidChain.Expected.Select(e => (e.Path, e.Line, e.Column)),
            response.Errors.Select(e => (e.Path, e.Line, e.Column)));
        foreach (var (error, expected) in response.Errors.Zip(InvalidChain.Expected))
        {
            Assert.Contains(expected.MessagePart, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ValidateChain_locates_a_JSON_syntax_error_and_reports_an_empty_chain()
    {
        var broken = await host.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = "{\n  \"steps\": [\n    { \"plugin\": \"marker\" \n  ]\n}" });
        var empty = await host.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = " " });

        Assert.False(broken.Valid);
        var syntax = Assert.Single(broken.Errors);
        Assert.Contains("invalid JSON", syntax.Message, StringComparison.Ordinal);
        Assert.True(syntax.Line >= 3 && syntax.Column > 0, $"syntax error at line {syntax.Line}, column {syntax.Column}");
        Assert.False(empty.Valid);
        Assert.Equal("$", Assert.Single(empty.Errors).Path);
    }

    // The API counts every offset in code points. The two tests below put characters outside the BMP
    // (two UTF-16 units, four UTF-8 bytes) before the offending value on its line.
    [Fact]
    public async Task ValidateChain_columns_count_code_points_before_a_located_error()
    {
        const string json = """{ "steps": [ { "id": "a", "options": { "prefix": "🙂🙂" }, "plugin": "nope" } ] }""";

        var response = await host.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = json });

        var error = Assert.Single(response.Errors);
        Assert.Equal("$.steps[0].plugin", error.Path);
        Assert.Equal((1, ColumnOf(json, "\"plugin\"")), (error.Line, error.Column));
    }

    [Fact]
    public async Task ValidateChain_columns_count_code_points_before_a_JSON_syntax_error()
    {
        // A colon is missing after "plugin": the parser stops at "marker".
        const string json = """{ "steps": [ { "id": "a", "options": { "prefix": "🙂🙂" }, "plugin" "marker" } ] }""";

        var response = await host.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = json });

        var error = Assert.Single(response.Errors);
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, ColumnOf(json, "\"marker\"")), (error.Line, error.Column));
    }

    /// <summary>The 1-based column, in code points, of the first <paramref name="token"/> on a one-line JSON text.</summary>
    private static int ColumnOf(string json, string token) =>
        CodePoints.Length(json[..json.IndexOf(token, StringComparison.Ordinal)]) + 1;
}
