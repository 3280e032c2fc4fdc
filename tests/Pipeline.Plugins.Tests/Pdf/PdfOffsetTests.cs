using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>Offsets in the converted text, and a later step's annotations, point through the engine's edit map into the text of a page.</summary>
public sealed class PdfOffsetTests
{
    private static readonly byte[] Article = NightBusArticle.Build();

    [Fact]
    public async Task AnOffsetInTheTextMapsBackToItsPlaceInItsPage()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);
        var pages = Assert.IsType<SourcePages>(result.SourcePages);

        var start = result.Text.IndexOf("Greenline Coaches", StringComparison.Ordinal);
        var (originalStart, originalEnd) = result.Map.ToOriginal(start, start + "Greenline Coaches".Length);

        var page = pages.PageOf(originalStart);
        Assert.Equal(1, page);
        var inPage = originalStart - pages.StartOf(page);
        Assert.Equal("Greenline Coaches", pages.Pages[page].Substring(inPage, originalEnd - originalStart));
    }

    [Fact]
    public async Task AJoinedHyphenationMapsBackToBothHalvesOnThePage()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);

        var start = result.Text.IndexOf("information", StringComparison.Ordinal);
        var (originalStart, originalEnd) = result.Map.ToOriginal(start, start + "information".Length);

        Assert.Equal("infor-\nmation", result.OriginalText[originalStart..originalEnd]);
        Assert.Equal(1, result.SourcePages!.PageOf(originalStart));
    }

    [Fact]
    public async Task APersonFoundByALaterStepPointsAtTheNameOnItsPage()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf", "entities"), Article);

        var people = result.Annotations.Where(a => a.Type == "person").ToList();
        Assert.Contains(people, a => result.Text[a.Start..a.End] == "Tomasz Ek");
        Assert.All(people, a =>
        {
            // A name broken over two lines on the page was joined by a space.
            var (start, end) = result.Map.ToOriginal(a.Start, a.End);
            Assert.Equal(result.Text[a.Start..a.End], result.OriginalText[start..end].Replace('\n', ' '));
        });
        var tomasz = people.First(a => result.Text[a.Start..a.End] == "Tomasz Ek");
        var original = result.Map.ToOriginal(tomasz.Start, tomasz.End).Start;
        Assert.Equal(1, result.SourcePages!.PageOf(original));
    }

    [Fact]
    public async Task ASentenceAcrossAPageBreakSpansThePageEndToThePageStart()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf", "sentences"), Article);
        var pages = result.SourcePages!;

        var sentence = Assert.Single(result.Annotations, a => a.Type == "sentence" && result.Text[a.Start..a.End].StartsWith("Councillor Priya Raman", StringComparison.Ordinal));
        var (start, end) = result.Map.ToOriginal(sentence.Start, sentence.End);

        Assert.Equal(0, pages.PageOf(start));
        Assert.Equal(1, pages.PageOf(end));
    }
}
