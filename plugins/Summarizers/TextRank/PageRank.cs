using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Weighted PageRank with a personalised teleport vector, by power iteration over the undirected graph.</summary>
/// <remarks>
/// The share of an edge's weight that flows each way is worked out once, not once per iteration; the inflows
/// are added up in the same order as ever, so the ranks stay the same to the last bit.
/// </remarks>
internal static class PageRank
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-7;

    /// <param name="graph">The sentence graph.</param>
    /// <param name="prior">Where a random jump lands, summing to 1: uniform in plain TextRank.</param>
    /// <param name="damping">The probability of following an edge rather than jumping.</param>
    /// <param name="cancellationToken">Checked once per iteration.</param>
    public static double[] Run(SentenceGraph graph, double[] prior, double damping, CancellationToken cancellationToken)
    {
        var n = graph.Count;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var strength = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                strength[i] += weights[e];
                strength[targets[e]] += weights[e];
            }
        }

        // Along edge e from i to j flows forward[e] of i's rank to j, and backward[e] of j's rank to i; kept outside
        // the collected heap, as the graph's edges are.
        using var forwardShares = new NativeArray<double>(targets.Length);
        using var backwardShares = new NativeArray<double>(targets.Length);
        var forward = forwardShares.AsSpan();
        var backward = backwardShares.AsSpan();
        var stranded = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (strength[i] == 0)
            {
                stranded.Add(i);
            }

            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                float w = weights[e];
                forward[e] = w / strength[i];
                backward[e] = w / strength[targets[e]];
            }
        }

        var rank = (double[])prior.Clone();
        var inflow = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(inflow);
            for (var i = 0; i < n; i++)
            {
                // Sentence i's inflow from earlier sentences is all in by now; what its own edges bring is added
                // in a register, in the same order as ever.
                var into = inflow[i];
                var from = rank[i];
                for (var e = offsets[i]; e < offsets[i + 1]; e++)
                {
                    var j = targets[e];
                    inflow[j] += forward[e] * from;
                    into += backward[e] * rank[j];
                }

                inflow[i] = into;
            }

            // A sentence like no other has no edge to follow: its rank jumps, as if by teleport.
            var strandedRank = 0.0;
            foreach (var i in stranded)
            {
                strandedRank += rank[i];
            }

            var jump = (1 - damping) + (damping * strandedRank);
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var next = (jump * prior[i]) + (damping * inflow[i]);
                change += Math.Abs(next - rank[i]);
                rank[i] = next;
            }

            if (change < Tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
