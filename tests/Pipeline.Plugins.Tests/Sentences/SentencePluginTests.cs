using Pipeline.Plugins.Tests.Summaries;
using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Sentences;

public sealed class SentencePluginTests
{
    private const string Text = "Harbour Fees Rise\n\nThe port raised its fees. Yacht owners said the U.S. marina was cheaper. Fine.\n";

    [Fact]
    public async Task EverySentenceIsAnnotatedInOrder()
    {
        var result = await TextPluginHost.RunAsync(Text, ("sentences", null));

        Assert.All(result.Annotations, a => Assert.Equal("sentence", a.Type));
        Assert.Equal(
            ["Harbour Fees Rise", "The port raised its fees.", "Yacht owners said the U.S. marina was cheaper.", "Fine."],
            result.Annotations.Select(a => result.Text[a.Start..a.End]));
        Assert.Equal("sentences", result.Annotations[0].Plugin);
    }

    [Fact]
    public async Task HeadingsAreMarkedOrLeftOut()
    {
        var marked = await TextPluginHost.RunAsync(Text, ("sentences", null));
        var without = await TextPluginHost.RunAsync(Text, ("sentences", new { headings = false }));

        Assert.Equal("true", marked.Annotations[0].Attributes["heading"]);
        Assert.All(marked.Annotations.Skip(1), a => Assert.False(a.Attributes.ContainsKey("heading")));
        Assert.Equal(marked.Annotations.Skip(1).Select(a => (a.Start, a.End)), without.Annotations.Select(a => (a.Start, a.End)));
    }

    [Fact]
    public async Task ShortSentencesAreLeftOutOnRequest()
    {
        var result = await TextPluginHost.RunAsync(Text, ("sentences", new { minWords = 2 }));

        Assert.DoesNotContain(result.Annotations, a => result.Text[a.Start..a.End] == "Fine.");
        Assert.Equal(3, result.Annotations.Count);
    }

    [Fact]
    public async Task TheSampleArticleIsAnnotatedAsTheSegmenterSplitsIt()
    {
        var text = TextPluginHost.Sample();

        var result = await TextPluginHost.RunAsync(text, ("sentences", null));

        Assert.Equal(SentenceSegmenter.Split(result.Text).Select(s => (s.Start, s.End)), result.Annotations.Select(a => (a.Start, a.End)));
    }
}
