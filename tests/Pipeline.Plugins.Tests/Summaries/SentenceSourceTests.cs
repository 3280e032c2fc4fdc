using Xunit;

namespace Pipeline.Plugins.Tests.Summaries;

/// <summary>Both summarizers take the sentences an earlier step annotated, and split the text themselves otherwise.</summary>
public sealed class SentenceSourceTests
{
    [Theory]
    [InlineData("lead")]
    [InlineData("textrank")]
    public async Task WithoutSentenceAnnotationsTheSummarizerSplitsTheTextItself(string plugin)
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, (plugin, new { ratio = 1.0 }));

        Assert.Empty(result.Annotations);
        Assert.Equal(LeadTests.BodySentences(result.Text), result.Summary!.Sentences.Select(s => result.Text[s.Start..s.End]));
        LeadTests.AssertSpansMakeTheText(result.Text, result.Summary);
    }

    [Theory]
    [InlineData("lead")]
    [InlineData("textrank")]
    public async Task TheSummarizerUsesTheSentencesAnEarlierStepAnnotated(string plugin)
    {
        // The sentences step leaves out sentences of fewer than four words, so the summarizer never sees the short one.
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("sentences", new { minWords = 4 }), (plugin, new { ratio = 1.0 }));

        var summarized = result.Summary!.Sentences.Select(s => result.Text[s.Start..s.End]).ToList();
        Assert.Equal(Articles.FloodBodySentences - 1, summarized.Count);
        Assert.DoesNotContain(Articles.Short, summarized);
        Assert.Equal(
            result.Annotations.Where(a => a.Type == "sentence").Select(a => result.Text[a.Start..a.End]).Where(s => s != "Harbour Town Floods After Storm" && s != "12 May 2021 - 09:15"),
            summarized);
    }
}
