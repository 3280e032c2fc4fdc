using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>Reads one page's letters into words, lines and blocks (PdfPig's nearest-neighbour words and Docstrum blocks), and puts the blocks in reading order.</summary>
internal static class PageReader
{
    // One document is one thread's work: the host runs many documents at once.
    private static readonly NearestNeighbourWordExtractor WordExtractor = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
    private static readonly DocstrumBoundingBoxes BlockFinder = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    public static PageLayout Read(Page page, CancellationToken cancellationToken)
    {
        var words = WordExtractor.GetWords(Overdraw.Remove(page.Letters))
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && BoxOf(w.BoundingBox).IsFinite)
            .ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = words.Count == 0 ? [] : BlockFinder.GetBlocks(words);
        cancellationToken.ThrowIfCancellationRequested();
        var order = ReadingOrder.Sort([.. blocks.Select(b => BoxOf(b.BoundingBox))], cancellationToken);
        var paragraphs = new List<IReadOnlyList<LayoutLine>>();
        foreach (var index in order)
        {
            var lines = Lines(blocks[index]);
            if (lines.Count > 0)
            {
                paragraphs.AddRange(Paragraphs.Split(lines));
            }
        }

        return new PageLayout { Number = page.Number, Bounds = BoxOf(page.CropBox.Bounds), Paragraphs = paragraphs };
    }

    private static List<LayoutLine> Lines(TextBlock block)
    {
        var lines = new List<LayoutLine>(block.TextLines.Count);
        foreach (var line in block.TextLines)
        {
            var text = Clean(line.Text);
            if (text.Length > 0)
            {
                var letters = line.Words.SelectMany(w => w.Letters).ToList();
                var size = letters.Count == 0 ? 0 : letters.Average(l => l.PointSize);
                var box = BoxOf(line.BoundingBox);
                lines.Add(new LayoutLine { Text = text, Box = box, FontSize = size > 0 ? size : box.Height });
            }
        }

        // Docstrum gives a block's lines in the order it found them; a reader goes down the page.
        if (block.TextOrientation == TextOrientation.Horizontal)
        {
            lines.Sort((a, b) => b.Box.Top.CompareTo(a.Box.Top));
        }

        return lines;
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

    private static Box BoxOf(PdfRectangle rectangle)
    {
        var xs = new[] { rectangle.BottomLeft.X, rectangle.BottomRight.X, rectangle.TopLeft.X, rectangle.TopRight.X };
        var ys = new[] { rectangle.BottomLeft.Y, rectangle.BottomRight.Y, rectangle.TopLeft.Y, rectangle.TopRight.Y };
        return new Box(xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }
}
