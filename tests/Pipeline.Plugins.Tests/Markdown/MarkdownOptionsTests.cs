using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Plugins.MarkdownConverter;
using Xunit;

namespace Pipeline.Plugins.Tests.Markdown;

/// <summary>The plugin's name, kind and options schema, as chains and ListPlugins see them.</summary>
public sealed class MarkdownOptionsTests
{
    [Fact]
    public void ThePluginIsTheMarkdownConverter()
    {
        var plugin = new MarkdownPlugin();

        Assert.Equal(("markdown", PluginKind.Converter, "1.0.0"), (plugin.Name, plugin.Kind, plugin.Version));
        Assert.False(string.IsNullOrWhiteSpace(plugin.Description));
    }

    [Fact]
    public void TheSchemaDescribesEveryOptionWithItsDefault()
    {
        using var schema = JsonDocument.Parse(new MarkdownPlugin().OptionsSchema);
        var properties = schema.RootElement.GetProperty("properties");

        var defaults = properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("default").ToString());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["listMarkers"] = "True", ["imageAltText"] = "False", ["links"] = "True", ["metadata"] = "True", ["overwrite"] = "False",
                ["maxDepth"] = "32", ["maxLength"] = "500000",
            },
            defaults);
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name));
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("""{ "maxDepth": 1 }""", "$.steps[0].options.maxDepth")]
    [InlineData("""{ "maxLength": 10 }""", "$.steps[0].options.maxLength")]
    [InlineData("""{ "listMarker": false }""", "$.steps[0].options.listMarker")]
    public void OptionsOutsideTheSchemaAreRefusedWithALocatedError(string options, string path)
    {
        var json = $$"""{ "steps": [ { "plugin": "markdown", "options": {{options}} } ] }""";

        var errors = ChainLoader.ValidateInline(json, MarkdownHost.Registry);

        Assert.Contains(errors, error => error.Path == path);
    }
}
