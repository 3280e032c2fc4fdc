using Xunit;

namespace Pipeline.Plugins.Tests.Html;

/// <summary>A later step's annotations point, through the engine's edit map, into the HTML source the caller sent.</summary>
public sealed class HtmlOffsetTests
{
    [Fact]
    public async Task APersonFoundAfterConversionPointsAtTheNameInTheHtmlSource()
    {
        var html = HtmlHost.Page("harbour-ferry");

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html", "entities"), html);

        var people = result.Annotations.Where(a => a.Type == "person").ToList();
        Assert.Contains(people, a => result.Text[a.Start..a.End] == "Priya Castellanos");
        Assert.All(people, a =>
        {
            var (start, end) = result.Map.ToOriginal(a.Start, a.End);
            Assert.Equal(result.Text[a.Start..a.End], html[start..end]);
        });
        var priya = people.First(a => result.Text[a.Start..a.End] == "Priya Castellanos");
        Assert.Equal(html.IndexOf("Priya Castellanos", StringComparison.Ordinal), result.Map.ToOriginal(priya.Start, priya.End).Start);
    }

    [Fact]
    public async Task ASpanOverMarkupAndReferencesCoversTheSourceBetweenItsEnds()
    {
        const string html = "<html><body><article><p>Yesterday <b>Ines</b> Ferreira&nbsp;said the bridge would reopen, and the council agreed with her, after a long debate.</p></article></body></html>";

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html", "sentences"), html);

        Assert.Equal("Yesterday Ines Ferreira\u00A0said the bridge would reopen, and the council agreed with her, after a long debate.", result.Text);
        var sentence = Assert.Single(result.Annotations, a => a.Type == "sentence");
        var (start, end) = result.Map.ToOriginal(sentence.Start, sentence.End);
        Assert.Equal("Yesterday <b>Ines</b> Ferreira&nbsp;said the bridge would reopen, and the council agreed with her, after a long debate.", html[start..end]);
    }

    [Fact]
    public async Task ALaterCleanerKeepsTheOffsetsTraceable()
    {
        var html = HtmlHost.Page("harbour-ferry");

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html", "whitespace", "entities"), html);

        var priya = Assert.Single(result.Annotations, a => a.Type == "person" && result.Text[a.Start..a.End] == "Priya Castellanos");
        var (start, end) = result.Map.ToOriginal(priya.Start, priya.End);
        Assert.Equal("Priya Castellanos", html[start..end]);
    }
}
