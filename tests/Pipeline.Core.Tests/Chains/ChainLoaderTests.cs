using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Chains;

public sealed class ChainLoaderTests
{
    private static readonly IPlugin Noop = new DelegatePlugin("noop", _ => { });
    private static readonly IPlugin Other = new DelegatePlugin("other", _ => { });

    private static IReadOnlyList<ChainValidationError> ValidateFile(string json) =>
        ChainLoader.ValidateFile(json, TestChains.Registry(Noop, Other));

    private static IReadOnlyList<ChainValidationError> ValidateInline(string json) =>
        ChainLoader.ValidateInline(json, TestChains.Registry(Noop, Other));

    [Fact]
    public void AValidFileBuildsEveryChainAndItsDefault()
    {
        const string json = """
            {
              "defaultChain": "b",
              "chains": {
                "a": { "description": "first", "steps": [ { "plugin": "noop" } ] },
                "b": { "steps": [ { "id": "one", "plugin": "noop", "timeoutMs": 250, "onError": "skip" }, { "id": "two", "plugin": "other" } ] }
              }
            }
            """;
        var set = ChainLoader.LoadFile(json, "chains.json", TestChains.Registry(Noop, Other));

        Assert.Equal("b", set.DefaultChain);
        Assert.Equal(["a", "b"], set.Chains.Select(c => c.Name));
        Assert.Equal("first", set.Find("a")!.Definition.Description);
        var step = set.Find("b")!.Steps[0].Definition;
        Assert.Equal(TimeSpan.FromMilliseconds(250), step.Timeout);
        Assert.Equal(Pipeline.Core.Engine.OnError.Skip, step.OnError);
    }

    [Fact]
    public void ASyntaxErrorIsLocatedByLineAndColumn()
    {
        const string json = "{\n  \"chains\": {\n    \"a\": { \"steps\": [ } \n  }\n}";
        var error = Assert.Single(ValidateFile(json));
        Assert.Equal(3, error.Line);
        Assert.True(error.Column > 1);
        Assert.StartsWith("invalid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownPluginIsLocatedAndTheLoadedOnesListed()
    {
        const string json = "{\"steps\": [\n  {\"plugin\": \"noop\"},\n  {\"plugin\": \"nope\"}\n]}";
        var error = Assert.Single(ValidateInline(json));
        Assert.Equal("$.steps[1].plugin", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Contains("unknown plugin 'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("noop, other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsThatFailThePluginsSchemaAreLocatedByJsonPath()
    {
        const string json = """{"steps": [ {"plugin": "noop", "options": {"level": -3}} ]}""";
        var error = Assert.Single(ValidateInline(json));
        Assert.Equal("$.steps[0].options.level", error.Path);
        Assert.Contains("plugin noop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOptionIsNamed()
    {
        const string json = """{"steps": [ {"plugin": "noop", "options": {"levle": 1}} ]}""";
        var error = Assert.Single(ValidateInline(json));
        Assert.Equal("$.steps[0].options.levle", error.Path);
        Assert.Contains("unknown property 'levle'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateStepIdsAreRefused()
    {
        const string json = """{"steps": [ {"plugin": "noop"}, {"id": "noop", "plugin": "other"} ]}""";
        var error = Assert.Single(ValidateInline(json));
        Assert.Equal("$.steps[1].id", error.Path);
        Assert.Contains("duplicate step id 'noop'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateJsonKeysAreRefused()
    {
        const string json = """{"steps": [ {"plugin": "noop", "plugin": "other"} ]}""";
        var error = Assert.Single(ValidateInline(json));
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuralErrorsCarryThePathOfTheOffendingValue()
    {
        const string json = """{"steps": [ {"plugin": "noop", "timeoutMs": "soon", "onError": "explode", "colour": 1} ]}""";
        var errors = ValidateInline(json);
        Assert.Contains(errors, e => e.Path == "$.steps[0].timeoutMs");
        Assert.Contains(errors, e => e.Path == "$.steps[0].onError");
        Assert.Contains(errors, e => e.Path == "$.steps[0].colour" && e.Message.Contains("unknown property 'colour'", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryErrorIsReportedAtOnce()
    {
        const string json = """
            {
              "defaultChain": "missing",
              "chains": {
                "a": { "steps": [ { "plugin": "ghost" }, { "plugin": "noop", "options": { "level": "high" } } ] },
                "b": { "steps": [ { "plugin": "noop" }, { "plugin": "noop" } ] }
              }
            }
            """;
        var errors = ValidateFile(json);
        Assert.Contains(errors, e => e.Path == "$.chains.a.steps[0].plugin" && e.Line == 4);
        Assert.Contains(errors, e => e.Path == "$.chains.a.steps[1].options.level" && e.Line == 4);
        Assert.Contains(errors, e => e.Path == "$.chains.b.steps[1].plugin" && e.Line == 5);
        Assert.Contains(errors, e => e.Path == "$.defaultChain" && e.Message.Contains("'missing'", StringComparison.Ordinal));
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void LoadFileThrowsWithEveryErrorInItsMessage()
    {
        var ex = Assert.Throws<ChainValidationException>(() =>
            ChainLoader.LoadFile("""{"chains":{"a":{"steps":[{"plugin":"ghost"}]}}}""", "my-chains.json", TestChains.Registry(Noop)));
        Assert.Contains("my-chains.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown plugin 'ghost'", ex.Message, StringComparison.Ordinal);
        Assert.Single(ex.Errors);
    }

    [Fact]
    public void APluginNameIsNeverAPath()
    {
        var error = Assert.Single(ValidateInline("""{"steps":[{"plugin":"../../etc/noop"}]}"""), e => e.Path == "$.steps[0].plugin" && e.Message.Contains("never a path", StringComparison.Ordinal));
        Assert.NotNull(error);
    }

    [Fact]
    public void OptionsThePluginRefusesAreReportedAtTheOptions()
    {
        var picky = new DelegatePluginRefusingOptions();
        var errors = ChainLoader.ValidateInline("""{"steps":[{"plugin":"picky","options":{}}]}""", TestChains.Registry(picky));
        var error = Assert.Single(errors);
        Assert.Equal("$.steps[0].options", error.Path);
        Assert.Contains("needs a word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsCountCharactersNotBytes()
    {
        const string json = """{"description":"Zürich – Genève","steps":[{"plugin":"nope"}]}""";
        var error = Assert.Single(ValidateInline(json));
        Assert.Equal(json.IndexOf("\"plugin\"", StringComparison.Ordinal) + 1, error.Column);
    }

    private sealed class DelegatePluginRefusingOptions : IPlugin
    {
        public string Name => "picky";

        public PluginKind Kind => PluginKind.Extractor;

        public string Version => "1";

        public string Description => "refuses";

        public string OptionsSchema => """{"type":"object"}""";

        public IStep CreateStep(System.Text.Json.JsonElement options) => throw new ArgumentException("needs a word");
    }
}
