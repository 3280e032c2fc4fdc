using System.Text.Json;
using Json.Schema;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Chains;

/// <summary>The editor schema generated from in-process plugins: what it adds to the engine's schema, and what it leaves open.</summary>
public sealed class ChainsSchemaTests
{
    // The delegate plugin's options: {"level": integer >= 0}, nothing else.
    private static readonly DelegatePlugin Noop = new("noop", _ => { });

    private static JsonSchema Generate(params IPlugin[] plugins) =>
        JsonSchema.FromText(ChainsSchema.WithPluginOptions(TestChains.Registry(plugins)));

    private static string File(string steps) => $$"""{ "chains": { "a": { "steps": [ {{steps}} ] } } }""";

    [Fact]
    public void AStepNamingAKnownPluginHasItsOptionsCheckedAgainstThatPluginsSchema()
    {
        var schema = Generate(Noop);

        Assert.Empty(SchemaErrors.Of(schema, File("""{ "plugin": "noop", "options": { "level": 2 } }""")));
        Assert.Contains(SchemaErrors.Of(schema, File("""{ "plugin": "noop", "options": { "level": -1 } }""")), e => e.At == "/chains/a/steps/0/options/level");
        Assert.Contains(SchemaErrors.Of(schema, File("""{ "plugin": "noop", "options": { "levle": 1 } }""")), e => e.At == "/chains/a/steps/0/options/levle");
    }

    [Fact]
    public void AStepNamingAnyOtherPluginTakesAnyOptionsForTheHostToCheckWhenItLoads()
    {
        var schema = Generate(Noop);

        var errors = SchemaErrors.Of(schema, File("""{ "plugin": "dropped-in", "options": { "level": -1, "anything": [1, "two"] } }"""));

        Assert.True(errors.Count == 0, SchemaErrors.Describe(errors));
    }

    [Fact]
    public void TheEnginesOwnRulesForStepsAndChainsStillApply()
    {
        var schema = Generate(Noop);

        var errors = SchemaErrors.Of(schema, File("""{ "plugin": "noop", "timeoutMs": "soon", "colour": 1 }, { "plugin": "Not A Name" }"""));

        Assert.Contains(errors, e => e.At == "/chains/a/steps/0/timeoutMs");
        Assert.Contains(errors, e => e.At == "/chains/a/steps/0/colour");
        Assert.Contains(errors, e => e.At == "/chains/a/steps/1/plugin");
    }

    [Fact]
    public void KnownPluginsAreOfferedByNameAndDescriptionForCompletion()
    {
        using var schema = JsonDocument.Parse(ChainsSchema.WithPluginOptions(TestChains.Registry(Noop)));
        var plugin = schema.RootElement.GetProperty("$defs").GetProperty("step").GetProperty("properties").GetProperty("plugin");

        var offered = plugin.GetProperty("anyOf").EnumerateArray().First();

        Assert.Equal("noop", offered.GetProperty("const").GetString());
        Assert.Equal(Noop.Description, offered.GetProperty("description").GetString());
    }

    [Fact]
    public void ReferencesInsideAPluginsSchemaStillResolveInsideItsEmbeddedCopy()
    {
        var plugin = new SchemaPlugin("refs", """
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
              "properties": { "size": { "$ref": "#/$defs/size" } }, "$defs": { "size": { "type": "integer", "minimum": 1 } } }
            """);
        var schema = Generate(plugin);

        Assert.Empty(SchemaErrors.Of(schema, File("""{ "plugin": "refs", "options": { "size": 3 } }""")));
        Assert.Contains(SchemaErrors.Of(schema, File("""{ "plugin": "refs", "options": { "size": 0 } }""")), e => e.At == "/chains/a/steps/0/options/size");
    }

    [Fact]
    public void TheSameRegistryGivesTheSameTextSoThatTheCommittedFileCanBeCompared()
    {
        var registry = TestChains.Registry(new SchemaPlugin("zeta", """{"type":"object"}"""), Noop);

        var text = ChainsSchema.WithPluginOptions(registry);

        Assert.Equal(text, ChainsSchema.WithPluginOptions(registry));
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.True(text.IndexOf("\"noop.options\"", StringComparison.Ordinal) < text.IndexOf("\"zeta.options\"", StringComparison.Ordinal), "plugins are not in name order");
    }

    private sealed class SchemaPlugin(string name, string schema) : IPlugin
    {
        public string Name => name;

        public PluginKind Kind => PluginKind.Extractor;

        public string Version => "1.0.0";

        public string Description => "a plugin with a hand-written schema";

        public string OptionsSchema => schema;

        public IStep CreateStep(JsonElement options) => throw new NotSupportedException();
    }
}
