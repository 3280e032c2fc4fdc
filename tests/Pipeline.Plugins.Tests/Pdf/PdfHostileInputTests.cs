using System.Text;
using Pipeline.Core.Engine;
using Pipeline.Plugins.PdfConverter;
using Xunit;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>Files that are no readable PDF, or that ask for too much, are refused with the reason; a cancelled conversion stops.</summary>
public sealed class PdfHostileInputTests
{
    [Fact]
    public async Task AnEncryptedPdfIsRejectedAsEncrypted()
    {
        var failure = await PdfHost.RejectedAsync(PdfHost.Chain("pdf"), HandMadePdf.OnePage("Secret words", encrypted: true));

        Assert.Contains("encrypted", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameHandMadePdfWithoutEncryptionIsRead()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), HandMadePdf.OnePage("Open words", encrypted: false));

        Assert.Equal("Open words", result.Text);
    }

    [Fact]
    public async Task RandomBytesAreRejectedAsNotAPdf()
    {
        var bytes = new byte[4096];
        new Random(17).NextBytes(bytes);

        var failure = await PdfHost.RejectedAsync(PdfHost.Chain("pdf"), bytes);

        Assert.Contains("not a PDF", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageBetweenAPdfHeaderAndItsEndIsRejectedAsMalformed()
    {
        var garbage = new byte[4096];
        new Random(23).NextBytes(garbage);
        byte[] bytes = [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), .. garbage, .. Encoding.ASCII.GetBytes("\n%%EOF\n")];

        var failure = await PdfHost.RejectedAsync(PdfHost.Chain("pdf"), bytes);

        Assert.Contains("malformed PDF", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public async Task ATruncatedPdfIsRejectedAsTruncated(int keptPart)
    {
        var whole = NightBusArticle.Build();

        var failure = await PdfHost.RejectedAsync(PdfHost.Chain("pdf"), whole[..(whole.Length - (whole.Length / keptPart))]);

        Assert.Contains("truncated", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APdfWithMorePagesThanMaxPagesIsRejected()
    {
        var failure = await PdfHost.RejectedAsync(PdfHost.Chain(new { maxPages = 2 }), NightBusArticle.Build());

        Assert.Contains("3 pages, more than maxPages 2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APdfLargerThanMaxBytesIsRejectedBeforeItIsParsed()
    {
        var failure = await PdfHost.RejectedAsync(PdfHost.Chain(new { maxBytes = 1_000 }), NightBusArticle.Build());

        Assert.Contains("maxBytes 1000", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageDrawingMoreCharactersThanTheLimitIsRejected()
    {
        var failure = await PdfHost.RejectedAsync(PdfHost.Chain(new { maxLettersPerPage = 100 }), NightBusArticle.Build());

        Assert.Contains("page 1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("maxLettersPerPage 100", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APdfWithoutTextIsRejectedAsNeedingOcr()
    {
        using var composer = new PdfComposer();
        composer.AddPage(400, 300);

        var failure = await PdfHost.RejectedAsync(PdfHost.Chain("pdf"), composer.Build());

        Assert.Contains("OCR", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentThatCameAsTextIsNotThePdfConverters()
    {
        var result = await PdfHost.Chain("pdf").RunAsync(new DocumentInput { Text = "Plain words, no bytes." }, true, CancellationToken.None);

        Assert.Equal(FailureKind.DocumentRejected, result.Failure?.Kind);
        Assert.Contains("needs the document's bytes (Document.data)", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACancelledConversionStopsBetweenPages()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var step = new PdfStep(new PdfOptions());

        Assert.ThrowsAny<OperationCanceledException>(() => step.Convert(NightBusArticle.Build(), cancelled.Token));
    }

    [Fact]
    public async Task ACancelledRunStops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PdfHost.RunAsync(PdfHost.Chain("pdf"), NightBusArticle.Build(), cancellationToken: cancelled.Token));
    }
}
