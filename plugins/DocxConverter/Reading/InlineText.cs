using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Plugins.DocxConverter.Reading;

/// <summary>
/// A paragraph's visible text: its runs, also inside hyperlinks, fields' results, content controls and
/// insertions; without deleted or moved-away text, hidden runs, field codes, drawings and text boxes (whose text
/// Word keeps twice, in the drawing and in its fallback picture), or the marks that point to footnotes and comments.
/// </summary>
internal static class InlineText
{
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        Append(paragraph, text);
        return text.ToString().Trim();
    }

    private static void Append(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case Run run when IsHidden(run):
                    break;
                case DeletedRun or MoveFromRun or Drawing or Picture or EmbeddedObject or AlternateContent
                    or ParagraphProperties or RunProperties or SdtProperties or SdtEndCharProperties or OpenXmlLeafElement:
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }

    private static bool IsHidden(Run run) => run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);
}
