namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>
/// Orders a page's text blocks for reading, after Breuel's rules (2003): a block comes before another when the
/// two share horizontal extent and it is the higher, or when it lies wholly to the left of the other and no
/// third block lying between them vertically spans both (a headline or a full-width box ends one set of
/// columns and starts the next). The partial order is walked taking the top-most ready block first.
/// </summary>
/// <remarks>
/// The rules are pairwise with a search for a spanning block, so the cost grows with the cube of the blocks:
/// past <see cref="MaxBlocks"/> a page is read top to bottom, left to right instead.
/// </remarks>
internal static class ReadingOrder
{
    public const int MaxBlocks = 250;

    // Edges of blocks in one column rarely line up to the point.
    private const double Tolerance = 1.0;

    public static int[] Sort(IReadOnlyList<Box> blocks, CancellationToken cancellationToken)
    {
        var count = blocks.Count;
        if (count > MaxBlocks)
        {
            return [.. Enumerable.Range(0, count).OrderByDescending(i => blocks[i].Top).ThenBy(i => blocks[i].Left)];
        }

        var successors = new List<int>[count];
        var waiting = new int[count];
        for (var a = 0; a < count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            successors[a] = [];
            for (var b = 0; b < count; b++)
            {
                if (a != b && Precedes(blocks, a, b))
                {
                    successors[a].Add(b);
                    waiting[b]++;
                }
            }
        }

        var order = new int[count];
        var done = new bool[count];
        for (var position = 0; position < count; position++)
        {
            var next = Next(blocks, waiting, done);
            order[position] = next;
            done[next] = true;
            foreach (var successor in successors[next])
            {
                waiting[successor]--;
            }
        }

        return order;
    }

    /// <summary>The top-most block that waits for no other; in a cycle (overlapping blocks) the one waiting for the fewest.</summary>
    private static int Next(IReadOnlyList<Box> blocks, int[] waiting, bool[] done)
    {
        var best = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (done[i])
            {
                continue;
            }

            if (best < 0 || waiting[i] < waiting[best]
                || (waiting[i] == waiting[best] && (blocks[i].Top > blocks[best].Top || (blocks[i].Top == blocks[best].Top && blocks[i].Left < blocks[best].Left))))
            {
                best = i;
            }
        }

        return best;
    }

    private static bool Precedes(IReadOnlyList<Box> blocks, int a, int b)
    {
        var first = blocks[a];
        var second = blocks[b];
        if (first.OverlapsHorizontally(second, Tolerance))
        {
            return first.MiddleY > second.MiddleY;
        }

        if (first.Right > second.Left + Tolerance)
        {
            return false;
        }

        var low = Math.Min(first.MiddleY, second.MiddleY);
        var high = Math.Max(first.MiddleY, second.MiddleY);
        for (var c = 0; c < blocks.Count; c++)
        {
            var between = blocks[c];
            if (c != a && c != b && between.MiddleY > low && between.MiddleY < high
                && between.OverlapsHorizontally(first, Tolerance) && between.OverlapsHorizontally(second, Tolerance))
            {
                return false;
            }
        }

        return true;
    }
}
