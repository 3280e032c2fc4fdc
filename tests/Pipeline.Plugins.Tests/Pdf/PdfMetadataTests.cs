using Pipeline.Plugins.PdfConverter.Metadata;
using Xunit;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>The document information under the news chain's metadata keys.</summary>
public sealed class PdfMetadataTests
{
    [Fact]
    public async Task DocumentInformationGivesTitleAuthorPublishedDescriptionAndKeywords()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), NightBusArticle.Build());

        Assert.Equal(NightBusArticle.Headline, result.Metadata["title"]);
        Assert.Equal("Ines Varga", result.Metadata["author"]);
        Assert.Equal("2025-05-15T06:30:00+01:00", result.Metadata["published"]);
        Assert.Equal("Three late routes restored from June", result.Metadata["description"]);
        Assert.Equal("buses, transport, Ashford", result.Metadata["keywords"]);
    }

    [Fact]
    public async Task WhatTheCallerSetIsKeptUnlessOverwriteIsOn()
    {
        var metadata = new Dictionary<string, string> { ["title"] = "Caller's title" };

        var kept = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), NightBusArticle.Build(), metadata);
        var replaced = await PdfHost.RunOkAsync(PdfHost.Chain(new { overwrite = true }), NightBusArticle.Build(), metadata);

        Assert.Equal("Caller's title", kept.Metadata["title"]);
        Assert.Equal("Ines Varga", kept.Metadata["author"]);
        Assert.Equal(NightBusArticle.Headline, replaced.Metadata["title"]);
    }

    [Fact]
    public async Task NoMetadataIsSetWhenMetadataIsOff()
    {
        var result = await PdfHost.RunOkAsync(PdfHost.Chain(new { metadata = false }), NightBusArticle.Build());

        Assert.Empty(result.Metadata);
    }

    [Fact]
    public async Task AFileNameInTheTitleFieldIsNoTitle()
    {
        using var composer = new PdfComposer();
        composer.Information.Title = "Microsoft Word - buses_final_v3.docx";
        composer.Line(composer.AddPage(400, 300), "The ferry runs daily from May.", 30, 230);

        var result = await PdfHost.RunOkAsync(PdfHost.Chain("pdf"), composer.Build());

        Assert.False(result.Metadata.ContainsKey("title"));
    }

    [Theory]
    [InlineData("D:20250515", "2025-05-15")]
    [InlineData("D:20250515063000+01'00'", "2025-05-15T06:30:00+01:00")]
    [InlineData("D:202505150630-05'30", "2025-05-15T06:30:00-05:30")]
    [InlineData("D:20250515063000Z", "2025-05-15T06:30:00Z")]
    [InlineData("D:20250515063000Z00'00'", "2025-05-15T06:30:00Z")]
    [InlineData("20250515183005", "2025-05-15T18:30:05")]
    [InlineData("D:2025", null)]
    [InlineData("D:20251340", null)]
    [InlineData("D:20250515256000", null)]
    [InlineData("last Thursday", null)]
    public void PdfDatesBecomeIso8601AsPreciseAsTheyAre(string pdfDate, string? iso) =>
        Assert.Equal(iso, PdfDates.ToIso(pdfDate));
}
