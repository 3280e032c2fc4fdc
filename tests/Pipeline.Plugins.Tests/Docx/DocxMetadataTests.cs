using Xunit;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>The file's core properties become title, author and published, without overwriting what is known unless asked to.</summary>
public sealed class DocxMetadataTests
{
    [Fact]
    public async Task CorePropertiesGiveTheTitleAuthorAndPublishedDate()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), PressRelease.Bytes);

        Assert.Equal("Northmere Rail opens solar canopy at Eastbrook depot", result.Metadata["title"]);
        Assert.Equal("Northmere Rail Press Office", result.Metadata["author"]);
        Assert.Equal("2025-05-14T08:30:00Z", result.Metadata["published"]);
    }

    [Fact]
    public async Task KeysTheCallerAlreadySetAreKept()
    {
        var known = new Dictionary<string, string> { ["title"] = "Solar canopy at Eastbrook", ["published"] = "2025-05-15" };

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), PressRelease.Bytes, known);

        Assert.Equal("Solar canopy at Eastbrook", result.Metadata["title"]);
        Assert.Equal("2025-05-15", result.Metadata["published"]);
        Assert.Equal("Northmere Rail Press Office", result.Metadata["author"]);
    }

    [Fact]
    public async Task OverwriteReplacesKeysTheCallerSet()
    {
        var known = new Dictionary<string, string> { ["title"] = "Solar canopy at Eastbrook" };

        var result = await DocxHost.RunOkAsync(DocxHost.Chain(new { overwrite = true }), PressRelease.Bytes, known);

        Assert.Equal("Northmere Rail opens solar canopy at Eastbrook depot", result.Metadata["title"]);
    }

    [Fact]
    public async Task NoMetadataIsSetWhenTheOptionIsOff()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain(new { metadata = false }), PressRelease.Bytes);

        Assert.Empty(result.Metadata);
    }

    [Fact]
    public async Task AFileWithoutCorePropertiesSetsNoMetadata()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), WordFiles.WithBody(WordFiles.P("Just a paragraph.")));

        Assert.Empty(result.Metadata);
        Assert.Equal("Just a paragraph.", result.Text);
    }
}
