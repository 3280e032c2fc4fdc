using Pipeline.Plugins.PdfConverter.Layout;

namespace Pipeline.Plugins.PdfConverter.Cleanup;

/// <summary>
/// The pages' text as read, the way the engine joins it: in a page, lines apart by a line break and paragraphs
/// by a blank line; pages apart by a blank line. Knows where each line stands in the joined text.
/// </summary>
internal sealed class SourceText
{
    public const string PageSeparator = "\n\n";
    private const string LineSeparator = "\n";
    private const string ParagraphSeparator = "\n\n";

    private SourceText(IReadOnlyList<string> pages, IReadOnlyList<SourceLine> lines)
    {
        Pages = pages;
        Lines = lines;
        Text = string.Join(PageSeparator, pages);
    }

    /// <summary>Each page's text, for <c>IStepContext.SetSourceText</c>.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Every line of the document, page after page, in reading order.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>The pages joined, as the engine makes <c>IStepContext.Text</c> of them.</summary>
    public string Text { get; }

    public static SourceText Compose(IReadOnlyList<PageLayout> pages)
    {
        var texts = new List<string>(pages.Count);
        var lines = new List<SourceLine>();
        var pageStart = 0;
        var paragraphId = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var text = new System.Text.StringBuilder();
            foreach (var paragraph in pages[p].Paragraphs)
            {
                for (var l = 0; l < paragraph.Count; l++)
                {
                    if (text.Length > 0)
                    {
                        text.Append(l == 0 ? ParagraphSeparator : LineSeparator);
                    }

                    lines.Add(new SourceLine(paragraph[l], p, paragraphId, pageStart + text.Length));
                    text.Append(paragraph[l].Text);
                }

                paragraphId++;
            }

            texts.Add(text.ToString());
            pageStart += text.Length + PageSeparator.Length;
        }

        return new SourceText(texts, lines);
    }
}
