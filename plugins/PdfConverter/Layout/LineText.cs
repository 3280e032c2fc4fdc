using System.Text;
using UglyToad.PdfPig.Content;

namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>Makes a line of the page's words, with text fit to stand in the document's text.</summary>
internal static class LineText
{
    public static LayoutLine? Of(IReadOnlyList<Word> words)
    {
        var text = Clean(string.Join(' ', words.Select(w => w.Text)));
        if (text.Length == 0)
        {
            return null;
        }

        var box = words.Select(w => Shapes.BoxOf(w.BoundingBox)).Aggregate((a, b) => a.Union(b));
        var letters = words.SelectMany(w => w.Letters).ToList();
        var size = letters.Count == 0 ? 0 : letters.Average(l => l.PointSize);
        return new LayoutLine { Text = text, Box = box, FontSize = size > 0 ? size : box.Height };
    }

    /// <summary>Control characters out (a hostile font can map a glyph to one), lone surrogates replaced, spaces single.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (clean.Length > 0 && clean[^1] != ' ')
                {
                    clean.Append(' ');
                }
            }
            else
            {
                clean.Append(c);
            }
        }

        return clean.ToString().TrimEnd();
    }
}
