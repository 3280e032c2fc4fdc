using UglyToad.PdfPig.Content;

namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>
/// Lines for a page with more words than block analysis can afford (Docstrum's time grows fast with scattered
/// words: seconds for ten thousand): words on one baseline make a line, read top to bottom and left to right,
/// each line a block of its own. Sorting is the only cost.
/// </summary>
internal static class CrowdedPage
{
    // Baselines closer than this share of the type size are one line.
    private const double SameBaseline = 0.5;

    public static List<Block> Blocks(IReadOnlyList<Word> words, CancellationToken cancellationToken)
    {
        var sorted = words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = new List<Block>();
        var line = new List<Word>();
        foreach (var word in sorted)
        {
            if (line.Count > 0 && Baseline(line[0]) - Baseline(word) > SameBaseline * Size(line[0]))
            {
                Add(blocks, line);
                line.Clear();
            }

            line.Add(word);
        }

        Add(blocks, line);
        return blocks;
    }

    private static void Add(List<Block> blocks, List<Word> line)
    {
        line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        if (line.Count > 0 && LineText.Of(line) is { } text)
        {
            blocks.Add(new Block(text.Box, [text]));
        }
    }

    private static double Baseline(Word word) => word.Letters.Count == 0 ? word.BoundingBox.Bottom : word.Letters[0].StartBaseLine.Y;

    private static double Size(Word word) => word.Letters.Count == 0 ? word.BoundingBox.Height : Math.Max(word.Letters[0].PointSize, 1);
}
