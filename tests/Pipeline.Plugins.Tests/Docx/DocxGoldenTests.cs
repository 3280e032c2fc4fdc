using Xunit;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>Our press release as a Word file must convert to Docx/press-release.expected.txt, and the text is what offsets point into.</summary>
public sealed class DocxGoldenTests
{
    [Fact]
    public async Task APressReleaseBecomesItsBodyTextInOrderWithoutHeadersFootersFootnotesOrComments()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), PressRelease.Bytes);

        Assert.Equal(TestHost.Visible(DocxHost.Expected(PressRelease.Name)), TestHost.Visible(result.Text));
    }

    [Fact]
    public async Task TheConvertedTextIsTheDocumentsSinglePageAndItsOriginalText()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), PressRelease.Bytes);

        Assert.NotNull(result.SourcePages);
        Assert.Equal(result.Text, Assert.Single(result.SourcePages.Pages));
        Assert.Equal(result.Text, result.OriginalText);
        Assert.Empty(Assert.Single(result.Steps).Changes);
    }

    [Fact]
    public async Task HeadingsAreAnnotatedWithTheirLevel()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), PressRelease.Bytes);

        var headings = result.Annotations.Where(a => a.Type == "heading").Select(a => (result.Text[a.Start..a.End], a.Attributes["level"], a.Plugin));
        Assert.Equal(
            [
                ("Northmere Rail Opens Solar Canopy at Eastbrook Depot", "1", "docx"),
                ("What the canopy does", "2", "docx"),
                ("Next steps", "2", "docx"),
                ("About Northmere Rail", "2", "docx"),
            ],
            headings);
    }

    [Fact]
    public async Task HeadingsAreNotAnnotatedWhenTheOptionIsOff()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain(new { headings = false }), PressRelease.Bytes);

        Assert.DoesNotContain(result.Annotations, a => a.Type == "heading");
    }

    [Fact]
    public async Task LaterStepsWorkOnTheConvertedTextAndTheirSpansPointIntoIt()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx", "whitespace", "sentences"), PressRelease.Bytes);

        const string About = "Northmere Rail runs passenger services on 14 lines across the northern counties.";
        var sentence = Assert.Single(result.Annotations, a => a.Type == "sentence" && result.Text[a.Start..a.End] == About);
        var (start, end) = result.Map.ToOriginal(sentence.Start, sentence.End);
        Assert.Equal(About, result.SourcePages!.Pages[0][start..end]);
    }
}
