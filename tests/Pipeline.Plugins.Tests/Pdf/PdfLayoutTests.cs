using Xunit;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>Reading order, paragraphs and line ends on pages whose every line a test puts in place.</summary>
public sealed class PdfLayoutTests
{
    private const double Leading = 12.5;

    [Fact]
    public async Task TwoColumnPagesReadColumnByColumn()
    {
        // Drawn row by row across both columns, so neither the drawing order nor top-to-bottom gives the columns.
        string[] left = ["The harbour board met on", "Monday to agree the summer", "timetable for the ferry.", string.Empty, "Fares stay as they were", "for a third year running."];
        string[] right = ["Repairs to the north pier", "will start in October and", "last about six weeks."];
        var pdf = OnePage((composer, page) =>
        {
            composer.Line(page, "Ferry timetable agreed for summer", 30, 260, size: 16, face: PdfComposer.Face.Bold);
            for (var row = 0; row < left.Length; row++)
            {
                Lines(composer, page, 210, 230 - (row * Leading), [.. right.Skip(row).Take(1)]);
                Lines(composer, page, 30, 230 - (row * Leading), [left[row]]);
            }

            composer.Line(page, "A full-width note under both columns closes the page.", 30, 120);
        });

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal(
            "Ferry timetable agreed for summer\n\n"
            + "The harbour board met on Monday to agree the summer timetable for the ferry.\n\n"
            + "Fares stay as they were for a third year running.\n\n"
            + "Repairs to the north pier will start in October and last about six weeks.\n\n"
            + "A full-width note under both columns closes the page.",
            result.Text);
    }

    [Fact]
    public async Task AParagraphRunningOnIntoTheNextColumnStaysOneParagraph()
    {
        var pdf = OnePage((composer, page) =>
        {
            Lines(composer, page, 30, 230, ["From next week the ferry will", "call at three more villages"]);
            Lines(composer, page, 210, 230, ["along the estuary, the board", "said on Monday."]);
        });

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal("From next week the ferry will call at three more villages along the estuary, the board said on Monday.", result.Text);
    }

    [Fact]
    public async Task AWordHyphenatedAcrossAColumnBreakIsJoined()
    {
        var pdf = OnePage((composer, page) =>
        {
            Lines(composer, page, 30, 230, ["The new timetable suits most", "commuters, though some passen-"]);
            Lines(composer, page, 210, 230, ["gers asked for a later boat."]);
        });

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal("The new timetable suits most commuters, though some passengers asked for a later boat.", result.Text);
    }

    [Fact]
    public async Task AHyphenBeforeACapitalStaysAndBindsTheTwoHalves()
    {
        var pdf = OnePage((composer, page) => Lines(composer, page, 30, 230, ["The route was agreed in Anglo-", "French talks last spring."]));

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal("The route was agreed in Anglo-French talks last spring.", result.Text);
    }

    [Fact]
    public async Task WithJoinHyphenationOffTheHyphenStays()
    {
        var pdf = OnePage((composer, page) => Lines(composer, page, 30, 230, ["Passengers asked for more infor-", "mation about the new stops."]));

        var result = await PdfHost.RunOkAsync(PdfHost.Chain(new { joinHyphenation = false }), pdf);

        Assert.Equal("Passengers asked for more infor-mation about the new stops.", result.Text);
    }

    [Fact]
    public async Task WithJoinLinesOffTheLinesStayAsReadAndOnlyHyphenationIsJoined()
    {
        var pdf = OnePage((composer, page) =>
        {
            Lines(composer, page, 30, 230, ["Passengers asked for more infor-", "mation about the new stops", "and the winter timetable."]);
            Lines(composer, page, 30, 180, ["The board will answer in June."]);
        });

        var result = await PdfHost.RunOkAsync(PdfHost.Chain(new { joinLines = false }), pdf);

        Assert.Equal("Passengers asked for more information about the new stops\nand the winter timetable.\n\nThe board will answer in June.", result.Text);
    }

    [Fact]
    public async Task AnIndentedLineAfterAFinishedSentenceStartsAParagraph()
    {
        // No extra space between the paragraphs: only the indent tells them apart.
        var pdf = OnePage((composer, page) =>
        {
            Lines(composer, page, 30, 230, ["The pier reopens in the spring", "after a winter of repairs.", string.Empty, "pounds, shared by the port and", "the county."]);
            composer.Line(page, "Work will cost about a million", 42, 230 - (2 * Leading));
        });

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal("The pier reopens in the spring after a winter of repairs.\n\nWork will cost about a million pounds, shared by the port and the county.", result.Text);
    }

    [Fact]
    public async Task TextDrawnTwiceOverItselfIsReadOnce()
    {
        // Some producers make bold type by drawing each line again a hair to the side.
        var pdf = OnePage((composer, page) =>
        {
            composer.Line(page, "Ferry fares frozen", 30, 230, size: 14);
            composer.Line(page, "Ferry fares frozen", 30.2, 230, size: 14);
        });

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal("Ferry fares frozen", result.Text);
    }

    [Fact]
    public async Task APageNumberAloneInTheMarginGoesEvenOnASinglePage()
    {
        var pdf = OnePage((composer, page) =>
        {
            Lines(composer, page, 30, 230, ["The ferry runs daily from May."]);
            composer.Line(page, "Page 1", 180, 12, size: 8);
        });

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal("The ferry runs daily from May.", result.Text);
    }

    [Fact]
    public async Task RunningHeadsStayWhenRemoveHeadersFootersIsOff()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain(new { removeHeadersFooters = false }), NightBusArticle.Build());

        Assert.Contains(NightBusArticle.Header, result.Text, StringComparison.Ordinal);
        Assert.Contains(NightBusArticle.Footer, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABlankPageBetweenTwoPagesLeavesNoExtraBlankLines()
    {
        using var composer = new PdfComposer();
        Lines(composer, composer.AddPage(400, 300), 30, 230, ["The first page ends here."]);
        composer.AddPage(400, 300);
        Lines(composer, composer.AddPage(400, 300), 30, 230, ["The last page starts here."]);

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), composer.Build());

        Assert.Equal(["The first page ends here.", string.Empty, "The last page starts here."], result.SourcePages!.Pages);
        Assert.Equal("The first page ends here.\n\nThe last page starts here.", result.Text);
    }

    [Fact]
    public async Task APageTooCrowdedForBlockAnalysisIsStillReadLineByLineInTime()
    {
        var pdf = OnePage((composer, page) =>
        {
            for (var row = 0; row < 110; row++)
            {
                composer.Line(page, string.Join(' ', Enumerable.Repeat("ab", 50)), 10, 290 - (row * 2.6), size: 2);
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), pdf);

        Assert.Equal(110 * 50, result.Text.Split(' ', '\n').Count(w => w == "ab"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static byte[] OnePage(Action<PdfComposer, UglyToad.PdfPig.Writer.PdfPageBuilder> draw)
    {
        using var composer = new PdfComposer();
        draw(composer, composer.AddPage(400, 300));
        return composer.Build();
    }

    /// <summary>Lines one under the other from <paramref name="top"/>; an empty one leaves its row blank.</summary>
    private static void Lines(PdfComposer composer, UglyToad.PdfPig.Writer.PdfPageBuilder page, double x, double top, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                composer.Line(page, lines[i], x, top - (i * Leading));
            }
        }
    }
}
