using System.Text;

namespace Pipeline.Plugins.DocxConverter.Output;

/// <summary>
/// The converted text, block by block: paragraphs, headings and tables a blank line apart, consecutive list
/// items one per line. Empty blocks leave no trace.
/// </summary>
internal sealed class DocumentText
{
    private readonly StringBuilder _text = new();
    private readonly List<Heading> _headings = [];
    private bool _afterListItem;

    public IReadOnlyList<Heading> Headings => _headings;

    public void Paragraph(string text) => Block(text, listItem: false);

    public void Heading(string text, int level)
    {
        var start = Block(text, listItem: false);
        if (start >= 0)
        {
            _headings.Add(new Heading(start, start + text.Length, level));
        }
    }

    public void ListItem(string marker, string text)
    {
        if (text.Length > 0)
        {
            Block(marker + text, listItem: true);
        }
    }

    public void Table(IReadOnlyList<string> rows) => Block(string.Join('\n', rows), listItem: false);

    public override string ToString() => _text.ToString();

    private int Block(string text, bool listItem)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        if (_text.Length > 0)
        {
            _text.Append(listItem && _afterListItem ? "\n" : "\n\n");
        }

        var start = _text.Length;
        _text.Append(text);
        _afterListItem = listItem;
        return start;
    }
}
