using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Pipeline.Plugins.Tests.Docx.WordFiles;
using Vml = DocumentFormat.OpenXml.Vml;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>How the parts of a Word body become text: headings found by style or outline level, list numbering as Word counts it, tables, wrappers.</summary>
public sealed class DocxStructureTests
{
    [Fact]
    public async Task AParagraphWithAnOutlineLevelIsAHeadingWithoutAHeadingStyle()
    {
        var outlined = new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 2 }), R("Timetable changes"));

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), WithBody(outlined, P("Trains run every twenty minutes.")));

        Assert.Equal("3", Heading(result, "Timetable changes"));
    }

    [Fact]
    public async Task HeadingStylesAreKnownByTheirIdsWhenTheFileDefinesNoStyles()
    {
        var file = Create(document =>
        {
            document.AddMainDocumentPart().Document = new Document(new Body(
                Styled("Title", "Harvest Festival Returns to Millbrook"),
                Styled("Heading3", "Parking"),
                P("Use the station car park.")));
        });

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), file);

        Assert.Equal("Harvest Festival Returns to Millbrook\n\nParking\n\nUse the station car park.", result.Text);
        Assert.Equal("1", Heading(result, "Harvest Festival Returns to Millbrook"));
        Assert.Equal("3", Heading(result, "Parking"));
    }

    [Fact]
    public async Task AStyleBasedOnAHeadingStyleIsAHeadingOfThatLevel()
    {
        var file = Create(document =>
        {
            var main = document.AddMainDocumentPart();
            var styles = Styles();
            styles.Append(new Style(new StyleName { Val = "Press Subhead" }, new BasedOn { Val = "Heading2" }) { Type = StyleValues.Paragraph, StyleId = "PressSubhead" });
            main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            main.Document = new Document(new Body(Styled("PressSubhead", "Ticket prices"), P("Unchanged until June.")));
        });

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), file);

        Assert.Equal("2", Heading(result, "Ticket prices"));
    }

    [Fact]
    public async Task NumberedListsCountAsWordDoesWithLetteredSubitemsRestartsAndContinuations()
    {
        var file = Create(document =>
        {
            var main = document.AddMainDocumentPart();
            var numbering = Numbering();
            numbering.Append(
                new NumberingInstance(new AbstractNumId { Val = 20 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 3 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 4 });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            main.Document = new Document(new Body(
                Item(Numbers, "Book a slot"),
                Item(Numbers, "online", level: 1),
                Item(Numbers, "by phone", level: 1),
                Item(Numbers, "Arrive early"),
                P("A new list:"),
                Item(3, "Restarted"),
                Item(3, "Goes on"),
                P("The same list again:"),
                Item(4, "Continued"),
                Item(Bullets, "A bullet")));
        });

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), file);

        Assert.Equal(
            "1. Book a slot\n  a. online\n  b. by phone\n2. Arrive early\n\nA new list:\n\n1. Restarted\n2. Goes on\n\nThe same list again:\n\n3. Continued\n- A bullet",
            result.Text);
    }

    [Fact]
    public async Task AParagraphNamingAnUndefinedListIsAPlainParagraph()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), WithBody(Item(99, "No such list")));

        Assert.Equal("No such list", result.Text);
    }

    [Fact]
    public async Task ATableCellWithSeveralParagraphsStaysOnItsRowAndEmptyRowsAreLeftOut()
    {
        var table = Table(["Line", "Change"], ["", ""], ["Coastal", "Later last train"]);
        table.Elements<TableRow>().Last().Elements<TableCell>().Last().Append(P("Extra Sunday service"));

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), WithBody(P("Before."), table, P("After.")));

        Assert.Equal("Before.\n\nLine | Change\nCoastal | Later last train Extra Sunday service\n\nAfter.", result.Text);
    }

    [Fact]
    public async Task ContentControlsAndCustomXmlKeepTheirTextInPlace()
    {
        var control = new SdtBlock(new SdtProperties(new Tag { Val = "summary" }), new SdtContentBlock(P("Inside a content control.")));
        var inline = P(R("Contact "), new SdtRun(new SdtProperties(new Tag { Val = "name" }), new SdtContentRun(R("Jonas Ebert"))), R(" today."));
        var custom = new CustomXmlBlock(P("Inside custom XML.")) { Element = "note" };

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), WithBody(P("First."), control, inline, custom));

        Assert.Equal("First.\n\nInside a content control.\n\nContact Jonas Ebert today.\n\nInside custom XML.", result.Text);
    }

    [Fact]
    public async Task TextBoxesHiddenAndDeletedTextAreLeftOut()
    {
        var textBox = new Run(new Picture(new Vml.Shape(new Vml.TextBox(new TextBoxContent(P("Sidebar: not body text."))))));
        var hidden = new Run(new RunProperties(new Vanish()), T(" (draft: confirm the date)"));
        var edited = P(R("The service starts "), new DeletedRun(new Run(new DeletedText("Monday"))) { Id = "1", Author = "Editor" }, R("Tuesday"), textBox, hidden, R("."));

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), WithBody(edited));

        Assert.Equal("The service starts Tuesday.", result.Text);
    }

    [Fact]
    public async Task ModestNestingWithinTheDepthLimitIsRead()
    {
        var xml = $"""<w:document xmlns:w="{Zips.WordNamespace}"><w:body>"""
            + string.Concat(Enumerable.Repeat("""<w:customXml w:element="x">""", 20))
            + "<w:p><w:r><w:t>Nested twenty deep.</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Repeat("</w:customXml>", 20))
            + "</w:body></w:document>";

        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), Zips.Word(xml));

        Assert.Equal("Nested twenty deep.", result.Text);
    }

    [Fact]
    public async Task AWordFileWithoutTextGivesAnEmptyText()
    {
        var result = await DocxHost.RunOkAsync(DocxHost.Chain("docx"), WithBody(new Paragraph(), new Paragraph(R("   "))));

        Assert.Equal(string.Empty, result.Text);
    }

    private static string Heading(Core.Engine.ChainResult result, string text) =>
        Assert.Single(result.Annotations, a => a.Type == "heading" && result.Text[a.Start..a.End] == text).Attributes["level"];
}
