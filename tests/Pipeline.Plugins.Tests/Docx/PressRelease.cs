using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Pipeline.Plugins.Tests.Docx.WordFiles;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>
/// A press release we wrote, as a Word file with what such files carry besides their text: a header and a footer,
/// a footnote, a comment, a tracked deletion, a field code, a hyperlink and core properties.
/// </summary>
internal static class PressRelease
{
    public const string Name = "press-release";

    private static readonly Lazy<byte[]> File = new(Build);

    public static byte[] Bytes => File.Value;

    private static byte[] Build() => Create(document =>
    {
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();

        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(P("PRESS RELEASE – FOR IMMEDIATE USE"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(P("Northmere Rail Ltd · Registered in Eastbrook"));
        main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(P("Measured against the depot's 2024 consumption of 3.3 GWh.")) { Id = 1 });
        main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(
            new Comment(P("Check the line count with planning before this goes out.")) { Id = "0", Author = "Desk editor", Initials = "DE" });
        var link = main.AddHyperlinkRelationship(new Uri("https://rail.example.org/eastbrook-solar"), isExternal: true);

        main.Document = new Document(new Body(
            Styled("Heading1", "Northmere Rail Opens Solar Canopy at Eastbrook Depot"),
            P("EASTBROOK, 14 May 2025 – Northmere Rail today switched on a solar canopy over the sidings at its Eastbrook depot, the largest of its kind on the regional network."),
            P(
                R("The canopy's 2,400 panels are expected to cover about a third of the depot's electricity use."),
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 }),
                R(" Details are on the "),
                new Hyperlink(R("project page")) { Id = link.Id },
                R(".")),
            new Paragraph(),
            Styled("Heading2", "What the canopy does"),
            Item(Bullets, "Shades the stabled trains in summer, cutting air-conditioning loads"),
            Item(Bullets, "Feeds the depot's workshop and train wash directly"),
            Item(Bullets, "Charges two battery shunting locomotives overnight"),
            Styled("Heading2", "Next steps"),
            Item(Numbers, "Survey the Westgate and Millbrook depots this autumn"),
            Item(Numbers, "Publish the first year's output figures"),
            Item(Numbers, "Decide on further canopies by March 2026"),
            P("“Every kilowatt we make on our own roofs is one we do not have to buy,” said Priya Anand, Northmere Rail's director of infrastructure."),
            Table(
                ["Depot", "Panels", "Expected output"],
                ["Eastbrook", "2,400", "1.1 GWh a year"],
                ["Westgate (planned)", "1,800", "0.8 GWh a year"]),
            P(
                R("The canopy was built in "),
                new DeletedRun(new Run(new DeletedText("nine"))) { Id = "1", Author = "Desk editor" },
                new InsertedRun(R("eleven")) { Id = "2", Author = "Desk editor" },
                R(" weeks by a contractor from the town.")),
            Styled("Heading2", "About Northmere Rail"),
            P(
                new CommentRangeStart { Id = "0" },
                R("Northmere Rail runs passenger services on 14 lines across the northern counties."),
                new CommentRangeEnd { Id = "0" },
                new Run(new CommentReference { Id = "0" })),
            P(
                R("Issued by the press office on "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" DATE \\@ \"d MMMM yyyy\" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                R("14 May 2025"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                R(".")),
            P(new Run(T("Media contact:"), new TabChar(), T("Jonas Ebert"), new Break(), T("press@rail.example.org"))),
            new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) })));

        document.PackageProperties.Title = "Northmere Rail opens solar canopy at Eastbrook depot";
        document.PackageProperties.Creator = "Northmere Rail Press Office";
        document.PackageProperties.Created = new DateTime(2025, 5, 14, 8, 30, 0, DateTimeKind.Utc);
    });
}
