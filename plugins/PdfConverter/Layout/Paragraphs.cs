namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>
/// Splits a block of lines where a paragraph starts without extra space above it, which the block finder
/// cannot see: a line indented from the block's usual left edge, after a line that ends a sentence.
/// </summary>
internal static class Paragraphs
{
    // An indent under this share of an em is the noise of justified or italic line starts.
    private const double IndentInEms = 0.6;

    public static IEnumerable<IReadOnlyList<LayoutLine>> Split(IReadOnlyList<LayoutLine> lines)
    {
        if (lines.Count < 3)
        {
            yield return lines;
            yield break;
        }

        var usualLeft = lines.Select(l => l.Box.Left).Order().ElementAt(lines.Count / 2);
        var start = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var indented = lines[i].Box.Left > usualLeft + (IndentInEms * lines[i].FontSize);
            if (indented && LineEnds.EndsSentence(lines[i - 1].Text))
            {
                yield return lines.Skip(start).Take(i - start).ToList();
                start = i;
            }
        }

        yield return start == 0 ? lines : lines.Skip(start).ToList();
    }
}
