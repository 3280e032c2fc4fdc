using Pipeline.Abstractions;
using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Summaries;

public sealed class LeadTests
{
    [Fact]
    public async Task LeadTakesTheFirstThreeSentencesAfterTheHeadings()
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("lead", null));

        var body = BodySentences(result.Text);
        Assert.Equal(string.Join(' ', body.Take(3)), result.Summary!.Text);
        Assert.Equal(3, result.Summary.Sentences.Count);
    }

    [Fact]
    public async Task LeadTakesTheNumberOfSentencesAskedFor()
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("lead", new { sentences = 5 }));

        Assert.Equal(string.Join(' ', BodySentences(result.Text).Take(5)), result.Summary!.Text);
    }

    [Theory]
    [InlineData(0.5, 4)]
    [InlineData(0.01, 1)]
    [InlineData(1.0, Articles.FloodBodySentences)]
    public async Task RatioOverridesTheSentenceCount(double ratio, int expected)
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("lead", new { sentences = 2, ratio }));

        Assert.Equal(expected, result.Summary!.Sentences.Count);
    }

    [Fact]
    public async Task HeadingsAreKeptWhenAskedTo()
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("lead", new { sentences = 2, skipHeadings = false }));

        Assert.Equal("Harbour Town Floods After Storm 12 May 2021 - 09:15", result.Summary!.Text);
    }

    [Fact]
    public async Task ScoresFallWithPosition()
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("lead", null));

        Assert.Equal([1.0, 0.5, 1.0 / 3], result.Summary!.Sentences.Select(s => s.Score));
    }

    [Fact]
    public async Task AnEmptyDocumentGetsNoSummary()
    {
        var result = await TextPluginHost.RunAsync("  \n\n ", ("lead", null));

        Assert.Null(result.Summary);
    }

    internal static List<string> BodySentences(string text) =>
        [.. SentenceSegmenter.Split(text).Select(s => text[s.Start..s.End]).Where(s => !SentenceSegmenter.IsHeading(s))];

    internal static void AssertSpansMakeTheText(string text, Summary summary)
    {
        Assert.Equal(string.Join(' ', summary.Sentences.Select(s => text[s.Start..s.End])), summary.Text);
        Assert.Equal(summary.Sentences.OrderBy(s => s.Start), summary.Sentences);
    }
}
