using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>
/// Sets text on PDF pages the way a small newspaper would, for tests: single lines where they are put, and
/// paragraphs wrapped to the width of frames (columns) that they fill one after another. A <c>|</c> inside a
/// word breaks the line there with a hyphen, so a test knows where a hyphenated line end falls.
/// </summary>
internal sealed class PdfComposer : IDisposable
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly Dictionary<Face, PdfDocumentBuilder.AddedFont> _fonts = [];

    public PdfComposer()
    {
        _fonts[Face.Regular] = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _fonts[Face.Bold] = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _fonts[Face.Italic] = _builder.AddStandard14Font(Standard14Font.HelveticaOblique);
    }

    public enum Face
    {
        Regular,
        Bold,
        Italic,
    }

    public PdfDocumentBuilder.DocumentInformationBuilder Information => _builder.DocumentInformation;

    public PdfPageBuilder AddPage(double width, double height) => _builder.AddPage(width, height);

    /// <summary>One line of text with its baseline starting at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Line(PdfPageBuilder page, string text, double x, double y, double size = 10, Face face = Face.Regular) =>
        page.AddText(text, size, new PdfPoint(x, y), _fonts[face]);

    /// <summary>One line of text ending at <paramref name="right"/>.</summary>
    public void LineEndingAt(PdfPageBuilder page, string text, double right, double y, double size = 10, Face face = Face.Regular) =>
        Line(page, text, right - Width(page, text, size, face), y, size, face);

    /// <summary>Wraps the paragraphs into the frames in order, starting a new frame when one is full; returns the baseline after the last line.</summary>
    public double Flow(IReadOnlyList<string> paragraphs, IReadOnlyList<Frame> frames, double size = 10, double leading = 12.5, double paragraphGap = 8, Face face = Face.Regular)
    {
        var frame = 0;
        var y = frames[0].Top - size;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(frames[frame].Page, paragraph, frames[frame].Width, size, face))
            {
                if (y < frames[frame].Bottom)
                {
                    frame++;
                    if (frame == frames.Count)
                    {
                        throw new InvalidOperationException("the text does not fit the frames");
                    }

                    y = frames[frame].Top - size;
                }

                Line(frames[frame].Page, line, frames[frame].Left, y, size, face);
                y -= leading;
            }

            y -= paragraphGap;
        }

        return y + paragraphGap;
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    private IEnumerable<string> Wrap(PdfPageBuilder page, string paragraph, double width, double size, Face face)
    {
        var line = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('|');
            for (var p = 0; p < parts.Length; p++)
            {
                var last = p == parts.Length - 1;
                var piece = last ? parts[p] : parts[p] + "-";
                var candidate = line.Length == 0 ? piece : (p == 0 ? line + " " + piece : line + piece);
                if (line.Length > 0 && p == 0 && Width(page, candidate, size, face) > width)
                {
                    yield return line;
                    candidate = piece;
                }

                line = candidate;
                if (!last)
                {
                    yield return line;
                    line = string.Empty;
                }
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private double Width(PdfPageBuilder page, string text, double size, Face face)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), _fonts[face]);
        return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X);
    }

    /// <summary>A rectangle of a page that text flows into: its left edge, the top of its first line, the lowest baseline allowed, and its width.</summary>
    public sealed record Frame(PdfPageBuilder Page, double Left, double Top, double Bottom, double Width);
}
