using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Engine;

public sealed class StepConditionTests
{
    private static readonly DelegatePlugin Mark = new("mark", c => c.SetMetadata("marked", "yes"), PluginKind.Extractor);
    private static readonly DelegatePlugin English = new("english", c => c.SetMetadata("language", "en"), PluginKind.Extractor);

    private static Chain Build(string json) => ChainLoader.BuildInline(json, TestChains.Registry(Mark, English));

    [Theory]
    [InlineData("text/html", "text/html", true)]
    [InlineData("text/html", "Text/HTML; charset=utf-8", true)]
    [InlineData("text/html", "text/plain", false)]
    [InlineData("text/*", "text/markdown", true)]
    [InlineData("text/*", "application/pdf", false)]
    public async Task AStepRunsOnlyOnTheMediaTypesItsConditionNames(string when, string mediaType, bool runs)
    {
        var chain = Build($$$"""{"steps":[{"plugin":"mark","when":{"mediaType":["{{{when}}}"]}}]}""");

        var result = await chain.RunAsync(new DocumentInput { Text = "x", MediaType = mediaType }, trace: false, CancellationToken.None);

        Assert.Equal(runs, result.Metadata.ContainsKey("marked"));
        Assert.Equal(runs ? StepOutcome.Ok : StepOutcome.NotApplicable, result.Steps[0].Outcome);
        Assert.Null(result.Failure);
    }

    [Fact]
    public async Task AStepThatDoesNotApplySaysWhyAndTheChainGoesOn()
    {
        var chain = Build("""{"steps":[{"plugin":"mark","when":{"mediaType":["application/pdf"]}},{"plugin":"english"}]}""");

        var result = await chain.Run("Plain words.");

        Assert.Equal("not run: when.mediaType is application/pdf, the document is text/plain", result.Steps[0].Message);
        Assert.Equal(StepOutcome.Ok, result.Steps[1].Outcome);
    }

    [Fact]
    public async Task MetadataConditionsSeeWhatEarlierStepsSet()
    {
        var chain = Build("""{"steps":[{"plugin":"english"},{"plugin":"mark","when":{"metadata":{"language":["en","fr"]}}}]}""");

        var result = await chain.Run("Plain words.");

        Assert.Equal("yes", result.Metadata["marked"]);
    }

    [Theory]
    [InlineData("""{"source_url":true}""", true)]
    [InlineData("""{"source_url":false}""", false)]
    [InlineData("""{"source_url":"https://example.org/a"}""", true)]
    [InlineData("""{"source_url":"https://example.org/b"}""", false)]
    [InlineData("""{"author":true}""", false)]
    public async Task MetadataConditionsTestPresenceAbsenceOrValue(string metadata, bool runs)
    {
        var chain = Build($$$"""{"steps":[{"plugin":"mark","when":{"metadata":{{{metadata}}}}}]}""");
        var document = new DocumentInput { Text = "x", Metadata = new Dictionary<string, string> { ["source_url"] = "https://example.org/a" } };

        var result = await chain.RunAsync(document, trace: false, CancellationToken.None);

        Assert.Equal(runs, result.Metadata.ContainsKey("marked"));
    }

    [Theory]
    [InlineData("""{"mediaType":"text/html"}""", "$.steps[0].when.mediaType")]
    [InlineData("""{"mediaType":["html"]}""", "$.steps[0].when.mediaType[0]")]
    [InlineData("""{"metadata":{"language":3}}""", "$.steps[0].when.metadata.language")]
    [InlineData("""{"mediatype":["text/html"]}""", "$.steps[0].when.mediatype")]
    public void AMalformedConditionIsLocatedByJsonPath(string when, string path)
    {
        var errors = ChainLoader.ValidateInline($$$"""{"steps":[{"plugin":"mark","when":{{{when}}}}]}""", TestChains.Registry(Mark, English));

        Assert.Contains(errors, e => e.Path == path);
    }
}
