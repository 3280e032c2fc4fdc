using Pipeline.Plugins.Summarizers.TextRank;
using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Summaries;

public sealed class TextRankTests
{
    [Fact]
    public async Task TextRankTakesThreeSentencesInTextOrder()
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("textrank", null));

        Assert.Equal(3, result.Summary!.Sentences.Count);
        LeadTests.AssertSpansMakeTheText(result.Text, result.Summary);
        Assert.All(result.Summary.Sentences, s => Assert.True(s.Score > 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(100)]
    public async Task TextRankTakesTheNumberOfSentencesAskedFor(int sentences)
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("textrank", new { sentences }));

        Assert.Equal(Math.Min(sentences, Articles.FloodBodySentences), result.Summary!.Sentences.Count);
    }

    [Theory]
    [InlineData(0.5, 4)]
    [InlineData(0.01, 1)]
    public async Task RatioOverridesTheSentenceCount(double ratio, int expected)
    {
        var result = await TextPluginHost.RunAsync(Articles.Flood, ("textrank", new { sentences = 7, ratio }));

        Assert.Equal(expected, result.Summary!.Sentences.Count);
    }

    [Theory]
    [InlineData("overlap")]
    [InlineData("cosine")]
    [InlineData("bm25")]
    public async Task SentencesThatShareNoWordWithTheOthersAreLeftOutFirst(string similarity)
    {
        var options = new { sentences = Articles.FloodBodySentences - 2, similarity, stemming = true };

        var result = await TextPluginHost.RunAsync(Articles.Flood, ("textrank", options));

        Assert.DoesNotContain(Articles.OffTopic, result.Summary!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Articles.Short, result.Summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello world")]
    [InlineData("QR codeQR code\n\nHello\u00a0world")]
    [InlineData("Gulls.")]
    [InlineData("Hello\u00a0world")]
    [InlineData("The ferry left. The ferry left.")]
    public async Task AVeryShortTextStillGetsItsSentencesAsTheSummary(string text)
    {
        var alone = await TextPluginHost.RunAsync(text, ("textrank", null));
        var afterSentences = await TextPluginHost.RunAsync(text, ("sentences", null), ("textrank", new { sentences = 3 }));

        Assert.NotEmpty(alone.Summary!.Sentences);
        Assert.NotEmpty(afterSentences.Summary!.Sentences);
    }

    [Fact]
    public async Task TheSameDocumentGetsTheSameSummary()
    {
        var options = new { sentences = 4, positionWeight = 0.5, diversity = 0.3 };

        var first = await TextPluginHost.RunAsync(Articles.Flood, ("textrank", options));
        var second = await TextPluginHost.RunAsync(Articles.Flood, ("textrank", options));

        Assert.Equal(first.Summary!.Text, second.Summary!.Text);
        Assert.Equal(first.Summary.Sentences, second.Summary.Sentences);
    }

    [Fact]
    public async Task DiversityPassesOverARepeatedSentence()
    {
        const string text = "The council approved the new harbour wall today. The council approved the new harbour wall today, officials said. "
            + "The wall will protect the harbour from winter storms. Work on the harbour wall starts in March.";

        var plain = await TextPluginHost.RunAsync(text, ("textrank", new { sentences = 2 }));
        var diverse = await TextPluginHost.RunAsync(text, ("textrank", new { sentences = 2, diversity = 1.0 }));

        Assert.StartsWith("The council approved the new harbour wall today. The council approved", plain.Summary!.Text, StringComparison.Ordinal);
        Assert.Single(diverse.Summary!.Sentences, s => text[s.Start..s.End].StartsWith("The council approved", StringComparison.Ordinal));
    }

    [Fact]
    public void EachSentenceIsComparedOnlyWithinTheWindow()
    {
        const int count = 400;
        const int window = 5;
        var text = string.Concat(Enumerable.Range(0, count).Select(i => $"The harbour wall number {i % 7} held the storm back. "));
        var sentences = SentenceSegmenter.Split(text);
        var vectors = TermVectors.Build(text, sentences, new TermOptions(Stem: false, RemoveStopWords: true), CancellationToken.None);

        using var graph = SentenceGraph.Build(new Similarity(vectors), sentences.Count, SimilarityKind.Overlap, window, CancellationToken.None);

        Assert.Equal(count, graph.Count);
        Assert.Equal((count * window) - (window * (window + 1) / 2), graph.Targets.Length);
        for (var i = 0; i < graph.Count; i++)
        {
            for (var e = graph.Offsets[i]; e < graph.Offsets[i + 1]; e++)
            {
                Assert.InRange(graph.Targets[e], i + 1, i + window);
            }
        }
    }
}
