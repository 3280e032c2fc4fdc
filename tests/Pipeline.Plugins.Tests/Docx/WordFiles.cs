using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>Makes Word files in memory with the Open XML SDK: paragraphs, runs, lists, tables, and the styles and numbering they use.</summary>
internal static class WordFiles
{
    public const int Bullets = 1;
    public const int Numbers = 2;

    /// <summary>A Word file whose body holds <paramref name="blocks"/>, with heading styles and a bulleted and a numbered list defined.</summary>
    public static byte[] WithBody(params OpenXmlElement[] blocks) => Create(document =>
    {
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        main.Document = new Document(new Body(blocks));
    });

    public static byte[] Create(Action<WordprocessingDocument> build)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            build(document);
        }

        return stream.ToArray();
    }

    public static Run R(string text) => new(T(text));

    /// <summary>A w:t element; <c>Text</c> alone would name the tests' Text namespace.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Text T(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Paragraph P(string text) => new(R(text));

    public static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), R(text));

    public static Paragraph Item(int list, string text, int level = 0) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list })), R(text));

    /// <summary>A table whose first row is marked as its header row.</summary>
    public static Table Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }));
        for (var i = 0; i < rows.Length; i++)
        {
            var row = new TableRow();
            if (i == 0)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            row.Append(rows[i].Select(cell => new TableCell(new Paragraph(R(cell)))));
            table.Append(row);
        }

        return table;
    }

    public static Styles Styles() => new(
        new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        HeadingStyle(1),
        HeadingStyle(2),
        new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });

    /// <summary>List 1 has bullets; list 2 is numbered 1., 2., ... with a lettered second level.</summary>
    public static Numbering Numbering() => new(
        new AbstractNum(ListLevel(0, NumberFormatValues.Bullet, "•")) { AbstractNumberId = 10 },
        new AbstractNum(ListLevel(0, NumberFormatValues.Decimal, "%1."), ListLevel(1, NumberFormatValues.LowerLetter, "%2)")) { AbstractNumberId = 20 },
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = Bullets },
        new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = Numbers });

    public static Level ListLevel(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    private static Style HeadingStyle(int level) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }))
    {
        Type = StyleValues.Paragraph,
        StyleId = $"Heading{level}",
    };
}
