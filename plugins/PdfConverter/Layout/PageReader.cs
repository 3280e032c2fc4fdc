using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>Reads one page's letters into words, lines and blocks (PdfPig's nearest-neighbour words and Docstrum blocks), and puts the blocks in reading order.</summary>
internal static class PageReader
{
    // One document is one thread's work: the host runs many documents at once.
    private static readonly NearestNeighbourWordExtractor WordExtractor = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
    private static readonly DocstrumBoundingBoxes BlockFinder = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    // Type this much smaller than the page's usual size is small print.
    private const double SmallPrint = 0.95;

    // Well above a dense broadsheet page; past it block analysis would cost seconds (see CrowdedPage).
    private const int MaxWordsForBlocks = 5_000;

    public static PageLayout Read(Page page, CancellationToken cancellationToken)
    {
        var words = WordExtractor.GetWords(Overdraw.Remove(page.Letters))
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && Shapes.BoxOf(w.BoundingBox).IsFinite)
            .ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = words.Count > MaxWordsForBlocks ? CrowdedPage.Blocks(words, cancellationToken) : Blocks(words);
        cancellationToken.ThrowIfCancellationRequested();
        var bounds = Shapes.BoxOf(page.CropBox.Bounds);
        var paragraphs = new List<IReadOnlyList<LayoutLine>>();
        foreach (var index in Order(blocks, bounds, cancellationToken))
        {
            paragraphs.AddRange(Paragraphs.Split(blocks[index].Lines));
        }

        return new PageLayout { Number = page.Number, Bounds = bounds, Paragraphs = paragraphs };
    }

    private static List<Block> Blocks(List<Word> words)
    {
        var blocks = new List<Block>();
        foreach (var block in words.Count == 0 ? [] : BlockFinder.GetBlocks(words))
        {
            var lines = block.TextLines.Select(l => LineText.Of(l.Words)).OfType<LayoutLine>().ToList();

            // Docstrum gives a block's lines in the order it found them; a reader goes down the page.
            if (block.TextOrientation == TextOrientation.Horizontal)
            {
                lines.Sort((a, b) => b.Box.Top.CompareTo(a.Box.Top));
            }

            if (lines.Count > 0)
            {
                blocks.Add(new Block(Shapes.BoxOf(block.BoundingBox), lines));
            }
        }

        return blocks;
    }

    /// <summary>
    /// Small print in the top margin first and in the bottom margin last, the body between in reading order:
    /// a short footer under the first column would otherwise be read before the second column, between the two
    /// halves of a paragraph.
    /// </summary>
    private static IEnumerable<int> Order(List<Block> blocks, Box bounds, CancellationToken cancellationToken)
    {
        var sizes = blocks.SelectMany(b => b.Lines).Select(l => l.FontSize).Order().ToList();
        var bodySize = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
        var top = new List<int>();
        var body = new List<int>();
        var bottom = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var smallPrint = blocks[i].Lines.All(l => l.FontSize < bodySize * SmallPrint);
            var margin = smallPrint ? Margins.Of(blocks[i].Box, bounds) : Margin.None;
            (margin == Margin.Top ? top : margin == Margin.Bottom ? bottom : body).Add(i);
        }

        var bodyOrder = ReadingOrder.Sort([.. body.Select(i => blocks[i].Box)], cancellationToken);
        return TopDown(top, blocks).Concat(bodyOrder.Select(i => body[i])).Concat(TopDown(bottom, blocks));
    }

    private static IEnumerable<int> TopDown(List<int> indices, List<Block> blocks) =>
        indices.OrderByDescending(i => blocks[i].Box.Top).ThenBy(i => blocks[i].Box.Left);
}
