using Xunit;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>A three-page article set as a newspaper sets it must convert to Pdf/night-buses.expected.txt.</summary>
public sealed class PdfGoldenTests
{
    private static readonly byte[] Article = NightBusArticle.Build();

    [Fact]
    public async Task AThreePageArticleBecomesItsTextWithoutRunningHeadsOrPageNumbers()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);

        Assert.Equal(TestHost.Visible(PdfHost.Expected(NightBusArticle.Name)), TestHost.Visible(result.Text));
    }

    [Fact]
    public async Task EachPageIsGivenAsReadWithItsRunningHeadFooterAndNumber()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);

        var pages = Assert.IsType<Pipeline.Core.Engine.SourcePages>(result.SourcePages).Pages;
        Assert.Equal(3, pages.Count);
        Assert.All(pages, page => Assert.StartsWith(NightBusArticle.Header + "\n\n", page, StringComparison.Ordinal));
        Assert.All(pages.Select((page, i) => (page, i)), p => Assert.EndsWith($"{NightBusArticle.Footer}\n\n{p.i + 1}", p.page, StringComparison.Ordinal));
        Assert.Contains("better infor-\nmation at stops", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningHeadersFootersAndPageNumbersAreRemoved()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);

        Assert.DoesNotContain("Valley Courier", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("valleycourier.example", result.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|\n)\d+(\n|$)", result.Text);
        var reasons = Assert.Single(result.Steps).Changes.Select(c => c.Reason).ToList();
        Assert.Equal(3, reasons.Count(r => r == "pdf: running header"));
        Assert.Equal(3, reasons.Count(r => r == "pdf: running footer"));
        Assert.Equal(3, reasons.Count(r => r == "pdf: page number"));
    }

    [Fact]
    public async Task AWordHyphenatedAtALineEndIsJoined()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);

        Assert.Contains("asked for better information at stops", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("infor-", result.Text, StringComparison.Ordinal);

        // A hyphen inside a line is the author's.
        Assert.Contains("a text-message service", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParagraphsRunningOnIntoTheNextColumnOrPageStayWhole()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);

        var paragraphs = result.Text.Split("\n\n");
        Assert.Equal(3 + NightBusArticle.Paragraphs.Length, paragraphs.Length);
        Assert.Contains("Councillor Priya Raman, who chairs the transport committee, said", result.Text, StringComparison.Ordinal);
        Assert.Contains("Greenline Coaches, which already runs the daytime routes.", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", string.Concat(paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryEditReplacesExactlyTheSourceItNames()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), Article);

        var step = Assert.Single(result.Steps);
        Assert.NotEmpty(step.Changes);
        Assert.All(step.Changes, change =>
        {
            Assert.Equal(change.Removed, result.OriginalText[change.OriginalStart..change.OriginalEnd]);
            Assert.StartsWith("pdf: ", change.Reason, StringComparison.Ordinal);
        });
    }
}
