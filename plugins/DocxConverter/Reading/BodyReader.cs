using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Plugins.DocxConverter.Output;

namespace Pipeline.Plugins.DocxConverter.Reading;

/// <summary>
/// Walks the body's blocks in order (paragraphs, tables, and the content controls and custom XML that wrap
/// them) into <see cref="DocumentText"/>. Headers, footers, footnotes and comments live in other parts and
/// are never read.
/// </summary>
internal sealed class BodyReader
{
    private const string CellSeparator = " | ";

    private readonly StyleMap _styles;
    private readonly ListNumbering _lists;
    private readonly DocumentText _text;
    private readonly CancellationToken _cancellationToken;

    public BodyReader(StyleMap styles, ListNumbering lists, DocumentText text, CancellationToken cancellationToken)
    {
        _styles = styles;
        _lists = lists;
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public void Read(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (child)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph);
                    break;
                case Table table:
                    _text.Table(Rows(table));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Read(child);
                    break;
            }
        }
    }

    private void Paragraph(Paragraph paragraph)
    {
        var text = InlineText.Of(paragraph);
        if (_styles.HeadingLevel(paragraph) is int level)
        {
            _text.Heading(text, level);
        }
        else if (_styles.Numbering(paragraph) is var (list, listLevel) && _lists.NextMarker(list, listLevel) is { } marker)
        {
            _text.ListItem(marker, text);
        }
        else
        {
            _text.Paragraph(text);
        }
    }

    /// <summary>Each row's cells joined by <see cref="CellSeparator"/>; rows with no text in any cell are left out.</summary>
    private List<string> Rows(Table table)
    {
        var rows = new List<string>();
        foreach (var row in Within<TableRow>(table))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var cells = Within<TableCell>(row).Select(CellText).ToList();
            if (cells.Exists(c => c.Length > 0))
            {
                rows.Add(string.Join(CellSeparator, cells));
            }
        }

        return rows;
    }

    /// <summary>A cell's paragraphs and nested tables on one line, so that a row stays one line.</summary>
    private string CellText(TableCell cell)
    {
        var parts = new List<string>();
        Collect(cell, parts);
        return string.Join(' ', parts.Where(p => p.Length > 0)).ReplaceLineEndings(" ");
    }

    private void Collect(OpenXmlElement container, List<string> parts)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    parts.Add(InlineText.Of(paragraph));
                    break;
                case Table nested:
                    parts.AddRange(Rows(nested));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Collect(child, parts);
                    break;
            }
        }
    }

    /// <summary>The rows of a table or the cells of a row, also those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<T> Within<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T found)
            {
                yield return found;
            }
            else if (child is SdtRow or SdtContentRow or CustomXmlRow or SdtCell or SdtContentCell or CustomXmlCell)
            {
                foreach (var inner in Within<T>(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
