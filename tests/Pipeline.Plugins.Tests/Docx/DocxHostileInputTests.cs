using System.Diagnostics;
using Xunit;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>Files that are hostile, broken or no Word files at all are refused with a reason, within bounded work.</summary>
public sealed class DocxHostileInputTests
{
    private static readonly Lazy<byte[]> BigBomb = new(() => Zips.Bomb(200_000_000));

    [Fact]
    public async Task AZipBombIsRefusedFromItsDeclaredSizeWithoutInflatingIt()
    {
        var bomb = BigBomb.Value;
        Assert.True(bomb.Length < 1_000_000, $"the bomb is {bomb.Length} bytes");
        var clock = Stopwatch.StartNew();

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), bomb);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("word/document.xml", message, StringComparison.Ordinal);
        Assert.Contains("maxEntryBytes", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryThatLiesAboutItsSizeIsCutOffAtTheDeclaredSizeAndRefused()
    {
        var liar = Zips.DeclaringSize(BigBomb.Value, "word/document.xml", 1_000);
        var clock = Stopwatch.StartNew();

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), liar);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("malformed XML", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryCompressedFarBeyondWhatXmlAllowsIsRefusedNamingTheRatio()
    {
        var bomb = Zips.Bomb(20_000_000);

        var message = await DocxHost.RejectedAsync(DocxHost.Chain(new { maxEntryBytes = 100_000_000 }), bomb);

        Assert.Contains("maxCompressionRatio", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesDeclaringMoreThanTheTotalLimitAreRefused()
    {
        var message = await DocxHost.RejectedAsync(DocxHost.Chain(new { maxUncompressedBytes = 2_000 }), PressRelease.Bytes);

        Assert.Contains("maxUncompressedBytes", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipWithTooManyEntriesIsRefusedBeforeItsEntriesAreRead()
    {
        var crowded = Zips.Make([.. Enumerable.Range(0, 50).Select(i => ($"word/media/part{i}.xml", "<x/>"))]);

        var message = await DocxHost.RejectedAsync(DocxHost.Chain(new { maxEntries = 20 }), crowded);

        Assert.Contains("50 entries", message, StringComparison.Ordinal);
        Assert.Contains("maxEntries", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileLargerThanMaxBytesIsRefused()
    {
        var message = await DocxHost.RejectedAsync(DocxHost.Chain(new { maxBytes = 1_000 }), PressRelease.Bytes);

        Assert.Contains("maxBytes", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RandomBytesAreRefusedAsNotAZip()
    {
        var noise = new byte[4096];
        new Random(20250514).NextBytes(noise);
        noise[0] = (byte)'x';

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), noise);

        Assert.Contains("not a zip", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipThatIsNotAWordFileIsRefusedAsSuch()
    {
        var zip = Zips.Make(("notes.txt", "A shopping list, not a press release."));

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), zip);

        Assert.Contains("not a Word file", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfficePackageWithoutAWordDocumentIsRefusedAsNotAWordFile()
    {
        var sheet = Zips.Make(
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""),
            ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
            ("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"""));

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), sheet);

        Assert.Contains("not a Word document", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOleCompoundFileIsRefusedAsEncryptedOrALegacyDoc()
    {
        var ole = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), ole);

        Assert.Contains("encrypted", message, StringComparison.Ordinal);
        Assert.Contains("legacy binary .doc", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordFileCutShortIsRefused()
    {
        var file = PressRelease.Bytes;

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), file[..(file.Length / 2)]);

        Assert.Contains("cut short", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeeplyNestedXmlIsRefusedNamingTheDepthLimit()
    {
        const int Nesting = 20_000;
        var xml = $"""<w:document xmlns:w="{Zips.WordNamespace}"><w:body>"""
            + string.Concat(Enumerable.Repeat("""<w:customXml w:element="x">""", Nesting))
            + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Repeat("</w:customXml>", Nesting))
            + "</w:body></w:document>";

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), Zips.Word(xml));

        Assert.Contains("maxDepth", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnXmlPartWithADocumentTypeDeclarationIsRefusedAsMalformed()
    {
        const string Laughs = """<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>""";
        var xml = Laughs + $"""<w:document xmlns:w="{Zips.WordNamespace}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>""";

        var message = await DocxHost.RejectedAsync(DocxHost.Chain("docx"), Zips.Word(xml));

        Assert.Contains("malformed XML", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentThatCameAsTextIsRefusedAskingForItsBytes()
    {
        var result = await DocxHost.Chain("docx").RunAsync(new() { Text = "Plain words, not a Word file." }, true, CancellationToken.None);

        Assert.Equal(Core.Engine.FailureKind.DocumentRejected, result.Failure?.Kind);
        Assert.Contains("Document.data", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancelledConversionStops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocxHost.RunAsync(DocxHost.Chain("docx"), PressRelease.Bytes, cancellationToken: cancelled.Token));
    }
}
