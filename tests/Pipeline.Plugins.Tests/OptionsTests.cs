using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Plugins.QrCodeCleaner;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void PluginsDescribeThemselves()
    {
        var qr = new QrCodePlugin();
        var whitespace = new WhitespacePlugin();

        Assert.Equal(("qr-code", PluginKind.Cleaner, "1.0.0"), (qr.Name, qr.Kind, qr.Version));
        Assert.Equal(("whitespace", PluginKind.Cleaner, "1.0.0"), (whitespace.Name, whitespace.Kind, whitespace.Version));
        Assert.False(string.IsNullOrWhiteSpace(qr.Description));
        Assert.False(string.IsNullOrWhiteSpace(whitespace.Description));
    }

    [Fact]
    public void QrCodeSchemaExposesTheDefaults()
    {
        var properties = Properties(new QrCodePlugin());

        Assert.Equal(["QR code"], properties.GetProperty("phrases").GetProperty("default").EnumerateArray().Select(e => e.GetString()));
        Assert.False(properties.GetProperty("headOnly").GetProperty("default").GetBoolean());
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString())));
    }

    [Fact]
    public void WhitespaceSchemaExposesTheDefaults()
    {
        var properties = Properties(new WhitespacePlugin());

        string[] expected =
        [
            "normalizeUnicode", "nonBreakingSpaces", "removeZeroWidth", "keepZeroWidthJoiner", "collapseSpaces",
            "trimLineStarts", "trimLineEnds", "normalizeLineBreaks", "collapseBlankLines", "trimDocument", "straightenQuotes",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(properties.EnumerateObject(), p =>
        {
            // Typographic quotes are left as written unless a chain asks otherwise.
            Assert.Equal(p.Name != "straightenQuotes", p.Value.GetProperty("default").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name);
        });
    }

    [Theory]
    [InlineData("qr-code")]
    [InlineData("whitespace")]
    public void SchemaRefusesPropertiesItDoesNotName(string plugin)
    {
        using var schema = JsonDocument.Parse(TestHost.Registry.Find(plugin)!.OptionsSchemaText);

        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("qr-code", "phrase")]
    [InlineData("whitespace", "collapseTabs")]
    public void UnknownOptionIsRefusedWithALocatedError(string plugin, string option)
    {
        var json = $$"""
            {
              "steps": [
                {
                  "plugin": "{{plugin}}",
                  "options": {
                    "{{option}}": true
                  }
                }
              ]
            }
            """;

        var error = Assert.Single(ChainLoader.ValidateInline(json, TestHost.Registry));

        Assert.Equal($"$.steps[0].options.{option}", error.Path);
        Assert.Equal((6, 9), (error.Line, error.Column));
        Assert.Contains($"unknown property '{option}'", error.Message, StringComparison.Ordinal);
        Assert.Throws<ChainValidationException>(() => TestHost.Build(json));
    }

    [Theory]
    [InlineData("qr-code", """{ "phrases": "QR code" }""", "$.steps[0].options.phrases")]
    [InlineData("whitespace", """{ "trimDocument": "yes" }""", "$.steps[0].options.trimDocument")]
    public void OptionOfTheWrongTypeIsRefusedWithALocatedError(string plugin, string options, string path)
    {
        var json = $$"""{ "steps": [ { "plugin": "{{plugin}}", "options": {{options}} } ] }""";

        var errors = ChainLoader.ValidateInline(json, TestHost.Registry);

        Assert.Contains(errors, error => error.Path == path && error.Line == 1);
    }

    [Fact]
    public async Task DefaultOptionsAndAnEmptyOptionsObjectBehaveAlike()
    {
        const string text = "QR code\n\nTitle\u00A0 \n\n\n\nBody\n";
        var explicitDefaults = TestHost.Build("""{ "steps": [ { "plugin": "qr-code", "options": { "phrases": ["QR code"], "headOnly": false } }, { "plugin": "whitespace", "options": {} } ] }""");

        Assert.Equal(await TestHost.CleanAsync(text, "qr-code", "whitespace"), (await TestHost.RunAsync(explicitDefaults, text)).Text);
    }

    private static JsonElement Properties(IPlugin plugin)
    {
        using var schema = JsonDocument.Parse(plugin.OptionsSchema);
        return schema.RootElement.GetProperty("properties").Clone();
    }
}
