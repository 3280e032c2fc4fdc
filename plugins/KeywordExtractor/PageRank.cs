namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// TextRank's vertex score on an undirected graph: S(V) = (1 - d) + d * sum over neighbours U of S(U) / degree(U),
/// iterated from 1 until no score moves by <see cref="Threshold"/> or more.
/// </summary>
internal static class PageRank
{
    /// <summary>The paper's convergence threshold.</summary>
    public const double Threshold = 0.0001;

    /// <summary>A bound for pathological graphs; at d = 0.85 the error shrinks below the threshold long before.</summary>
    public const int MaxIterations = 200;

    public static double[] Rank(CooccurrenceGraph graph, double damping, CancellationToken cancellationToken)
    {
        var count = graph.VertexCount;
        var scores = new double[count];
        var next = new double[count];
        var share = new double[count];
        Array.Fill(scores, 1.0);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var v = 0; v < count; v++)
            {
                var degree = graph.Degree(v);
                share[v] = degree == 0 ? 0 : scores[v] / degree;
            }

            var change = 0.0;
            for (var v = 0; v < count; v++)
            {
                var sum = 0.0;
                foreach (var u in graph.Neighbours(v))
                {
                    sum += share[u];
                }

                next[v] = (1 - damping) + (damping * sum);
                change = Math.Max(change, Math.Abs(next[v] - scores[v]));
            }

            (scores, next) = (next, scores);
            if (change < Threshold)
            {
                break;
            }
        }

        return scores;
    }
}
