namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Weighted PageRank with a personalised teleport vector, by power iteration over the undirected graph.</summary>
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
        var strength = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var e = graph.Offsets[i]; e < graph.Offsets[i + 1]; e++)
            {
                strength[i] += graph.Weights[e];
                strength[graph.Targets[e]] += graph.Weights[e];
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
                for (var e = graph.Offsets[i]; e < graph.Offsets[i + 1]; e++)
                {
                    var j = graph.Targets[e];
                    var w = graph.Weights[e];
                    inflow[j] += w / strength[i] * rank[i];
                    inflow[i] += w / strength[j] * rank[j];
                }
            }

            // A sentence like no other has no edge to follow: its rank jumps, as if by teleport.
            var stranded = 0.0;
            for (var i = 0; i < n; i++)
            {
                stranded += strength[i] == 0 ? rank[i] : 0;
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var next = (((1 - damping) + (damping * stranded)) * prior[i]) + (damping * inflow[i]);
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
