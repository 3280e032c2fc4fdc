using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Plugins.DocxConverter;
using Xunit;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>The plugin describes itself and its limits, and a chain cannot set a limit outside its range.</summary>
public sealed class DocxOptionsTests
{
    [Fact]
    public void ThePluginIsAConverterNamedDocx()
    {
        var plugin = new DocxPlugin();

        Assert.Equal(("docx", PluginKind.Converter, "1.0.0"), (plugin.Name, plugin.Kind, plugin.Version));
        Assert.False(string.IsNullOrWhiteSpace(plugin.Description));
    }

    [Fact]
    public void TheSchemaDescribesEveryOptionWithItsDefault()
    {
        using var schema = JsonDocument.Parse(new DocxPlugin().OptionsSchema);
        var properties = schema.RootElement.GetProperty("properties");

        Assert.All(properties.EnumerateObject(), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name);
            Assert.True(p.Value.TryGetProperty("default", out _), p.Name);
        });
        Assert.Equal(64_000_000, properties.GetProperty("maxEntryBytes").GetProperty("default").GetInt32());
        Assert.Equal(100, properties.GetProperty("maxCompressionRatio").GetProperty("default").GetInt32());
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void ALimitOutsideItsRangeIsRefusedWhenTheChainIsValidated()
    {
        const string Json = """{ "steps": [ { "plugin": "docx", "options": { "maxDepth": 4 } } ] }""";

        var errors = ChainLoader.ValidateInline(Json, DocxHost.Registry);

        Assert.Contains(errors, error => error.Path == "$.steps[0].options.maxDepth");
    }
}
