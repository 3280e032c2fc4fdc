using Pipeline.Plugins.PdfConverter.Layout;

namespace Pipeline.Plugins.PdfConverter.Cleanup;

/// <summary>A line of the joined source text: its page (0-based), its paragraph (numbered through the document) and where it starts.</summary>
internal sealed record SourceLine(LayoutLine Line, int Page, int Paragraph, int Start)
{
    public string Text => Line.Text;

    public int End => Start + Line.Text.Length;
}
