namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>Orders scored items highest first, equal scores in their own order, as a stable sort does.</summary>
internal sealed class Ranking
{
    private double[] _keys = [];
    private int[] _order = [];
    private bool[] _top = [];

    /// <summary>The indices of <paramref name="scores"/> from the highest score down; valid until the next call.</summary>
    public ReadOnlySpan<int> Order(ReadOnlySpan<double> scores)
    {
        var keys = Scratch.Take(ref _keys, scores.Length);
        var order = Scratch.Take(ref _order, scores.Length);
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = -scores[i];
            order[i] = i;
        }

        // Sorting bare numbers is several times faster than sorting through a comparison, but not stable:
        // each run of equal scores is put back in its own order after.
        keys.Sort(order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                order[start..end].Sort();
            }

            start = end;
        }

        return order;
    }

    /// <summary>Whether each item is among the <paramref name="count"/> highest scored (by <see cref="Order"/>); valid until the next call.</summary>
    public ReadOnlySpan<bool> Top(ReadOnlySpan<double> scores, int count)
    {
        // Only which items make it matters, not their order: the count-th highest score decides, and among
        // items scoring just that, the earliest ones do.
        var sorted = Scratch.Take(ref _keys, scores.Length);
        scores.CopyTo(sorted);
        sorted.Sort();
        var threshold = sorted[^count];
        var ties = count;
        foreach (var score in scores)
        {
            ties -= score > threshold ? 1 : 0;
        }

        var top = Scratch.Take(ref _top, scores.Length);
        for (var i = 0; i < top.Length; i++)
        {
            top[i] = scores[i] > threshold || (scores[i] == threshold && ties-- > 0);
        }

        return top;
    }
}
