using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Plugins.ScrapeLayoutCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.ScrapeLayout;

public sealed class ScrapeLayoutOptionsTests
{
    [Fact]
    public void ScrapeLayoutDescribesItself()
    {
        var plugin = new ScrapeLayoutPlugin();

        Assert.Equal(("scrape-layout", PluginKind.Cleaner, "1.0.0"), (plugin.Name, plugin.Kind, plugin.Version));
        Assert.False(string.IsNullOrWhiteSpace(plugin.Description));
    }

    [Fact]
    public void ScrapeLayoutSchemaExposesEveryOptionWithItsDefaultAndDescription()
    {
        using var schema = JsonDocument.Parse(new ScrapeLayoutPlugin().OptionsSchema);
        var properties = schema.RootElement.GetProperty("properties");

        string[] expected =
        [
            "header", "attribution", "bio", "footer", "removeText", "setMetadata", "overwrite", "requireLayout", "maxTitleLength",
            "timestampFormats", "attributionPattern", "bioPattern", "maxBioLength", "footerLabels", "maxFooterLines", "maxSiteNameLength", "ignoredLinePattern",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(properties.EnumerateObject(), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name);
            Assert.True(p.Value.TryGetProperty("default", out _), p.Name);
        });
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.False(properties.GetProperty("overwrite").GetProperty("default").GetBoolean());
        Assert.Equal(200, properties.GetProperty("maxTitleLength").GetProperty("default").GetInt32());
        Assert.Equal("story_code", properties.GetProperty("footerLabels").GetProperty("default").GetProperty("Story Code").GetString());
        Assert.Equal("source_url", properties.GetProperty("footerLabels").GetProperty("default").GetProperty("News Link").GetString());
        Assert.Contains("d MMM yyyy - HH:mm", properties.GetProperty("timestampFormats").GetProperty("default").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void UnknownScrapeLayoutOptionIsRefused()
    {
        var errors = Pipeline.Core.Chains.ChainLoader.ValidateInline("""{ "steps": [ { "plugin": "scrape-layout", "options": { "footerLabel": {} } } ] }""", LayoutHost.Registry);

        Assert.Contains(errors, e => e.Message.Contains("unknown property 'footerLabel'", StringComparison.Ordinal));
    }
}
