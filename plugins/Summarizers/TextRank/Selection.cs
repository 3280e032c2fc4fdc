namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>
/// Picks the summary's sentences by maximal marginal relevance (Carbonell and Goldstein 1998): each next pick
/// is the sentence with the best score less <c>diversity</c> times its greatest TF-IDF cosine to a sentence
/// already picked. With diversity 0 this is simply the top scores, earlier sentences first on a tie.
/// </summary>
/// <remarks>
/// Redundancy is measured within the graph's window only, so a pick lowers the marks of at most twice the
/// window's sentences, and a heap with lazily refreshed entries keeps the selection near-linear.
/// </remarks>
internal static class Selection
{
    /// <summary>Highest mark first; on a tie, the earlier sentence.</summary>
    private static readonly Comparer<(double Mark, int Index)> HighestFirst = Comparer<(double Mark, int Index)>.Create((a, b) =>
        a.Mark != b.Mark ? b.Mark.CompareTo(a.Mark) : a.Index.CompareTo(b.Index));

    public static List<int> Pick(double[] scores, int count, double diversity, Similarity similarity, int window)
    {
        var n = scores.Length;
        var best = scores.Length == 0 ? 0 : scores.Max();

        // Scaled to [0, 1], so that diversity weighs scores and similarities on the same scale.
        var relevance = new double[n];
        for (var i = 0; i < n; i++)
        {
            relevance[i] = best > 0 ? scores[i] / best : 0;
        }

        var redundancy = new double[n];
        var picked = new bool[n];
        var queue = new PriorityQueue<int, (double Mark, int Index)>(n, HighestFirst);
        for (var i = 0; i < n; i++)
        {
            queue.Enqueue(i, (relevance[i], i));
        }

        var chosen = new List<int>(count);
        while (chosen.Count < count && queue.TryDequeue(out var i, out var key))
        {
            var mark = relevance[i] - (diversity * redundancy[i]);
            if (mark < key.Mark)
            {
                // Stale: a pick since this entry was queued made the sentence more redundant.
                queue.Enqueue(i, (mark, i));
                continue;
            }

            picked[i] = true;
            chosen.Add(i);
            if (diversity > 0)
            {
                similarity.Load(i);
                for (var j = Math.Max(0, i - window); j <= Math.Min(n - 1, (long)i + window); j++)
                {
                    if (!picked[j])
                    {
                        redundancy[j] = Math.Max(redundancy[j], similarity.Compare(j, SimilarityKind.Cosine));
                    }
                }
            }
        }

        return chosen;
    }
}
