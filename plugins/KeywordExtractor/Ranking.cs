namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>Orders scored items highest first, equal scores in their own order, as a stable sort does.</summary>
internal static class Ranking
{
    public static int[] Order(ReadOnlySpan<double> scores)
    {
        var keys = new double[scores.Length];
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = -scores[i];
            order[i] = i;
        }

        // Sorting bare numbers is several times faster than sorting through a comparison, but not stable:
        // each run of equal scores is put back in its own order after.
        Array.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        return order;
    }
}
