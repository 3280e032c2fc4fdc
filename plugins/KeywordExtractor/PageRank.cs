namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// TextRank's vertex score on an undirected graph: S(V) = (1 - d) + d * sum over neighbours U of S(U) / degree(U),
/// iterated from 1 until no score moves by <see cref="Threshold"/> or more.
/// </summary>
/// <remarks>
/// A word graph is mostly small components (lone words, pairs) that reach their exact fixed point within an
/// iteration or two, while the largest still move. Components do not interact, so one that no longer moves
/// is left out of the remaining iterations, and the vertices are renumbered component by component so that
/// each is iterated over contiguous arrays. Every score is computed with the same sums in the same order as
/// iterating over all vertices, and comes out the same to the last bit.
/// </remarks>
internal static class PageRank
{
    /// <summary>The paper's convergence threshold.</summary>
    public const double Threshold = 0.0001;

    /// <summary>A bound for pathological graphs; at d = 0.85 the error shrinks below the threshold long before.</summary>
    public const int MaxIterations = 200;

    public static double[] Rank(CooccurrenceGraph graph, double damping, CancellationToken cancellationToken)
    {
        var (vertexOf, starts, offsets, neighbours) = ByComponent(graph);
        var count = vertexOf.Length;
        var degree = new double[count];
        var scores = new double[count];
        var share = new double[count];
        var next = new double[count];
        for (var v = 0; v < count; v++)
        {
            degree[v] = offsets[v + 1] - offsets[v];
            scores[v] = 1.0;
            share[v] = degree[v] == 0 ? 0 : scores[v] / degree[v];
        }

        var moving = new int[starts.Length - 1];
        for (var c = 0; c < moving.Length; c++)
        {
            moving[c] = c;
        }

        var movingCount = moving.Length;
        var teleport = 1 - damping;
        for (var iteration = 0; iteration < MaxIterations && movingCount > 0; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var change = 0.0;
            var stillMoving = 0;
            for (var m = 0; m < movingCount; m++)
            {
                var (start, end) = (starts[moving[m]], starts[moving[m] + 1]);
                var moved = false;
                for (var v = start; v < end; v++)
                {
                    var sum = 0.0;
                    for (var e = offsets[v]; e < offsets[v + 1]; e++)
                    {
                        sum += share[neighbours[e]];
                    }

                    next[v] = teleport + (damping * sum);
                    var delta = Math.Abs(next[v] - scores[v]);
                    moved |= delta != 0;
                    if (delta > change)
                    {
                        change = delta;
                    }
                }

                for (var v = start; v < end; v++)
                {
                    scores[v] = next[v];
                    share[v] = degree[v] == 0 ? 0 : scores[v] / degree[v];
                }

                if (moved)
                {
                    moving[stillMoving++] = moving[m];
                }
            }

            movingCount = stillMoving;
            if (change < Threshold)
            {
                break;
            }
        }

        var byVertex = new double[count];
        for (var v = 0; v < count; v++)
        {
            byVertex[vertexOf[v]] = scores[v];
        }

        return byVertex;
    }

    /// <summary>
    /// The graph renumbered component by component: the vertex each new number stands for, where each component
    /// starts, and the adjacency arrays in the new numbers, each vertex's neighbours in their original order.
    /// </summary>
    private static (int[] VertexOf, int[] Starts, int[] Offsets, int[] Neighbours) ByComponent(CooccurrenceGraph graph)
    {
        var count = graph.VertexCount;
        var vertexOf = new int[count];
        var seen = new bool[count];
        var degrees = new int[count];
        var starts = new List<int>();
        var length = 0;
        for (var root = 0; root < count; root++)
        {
            if (seen[root])
            {
                continue;
            }

            var start = length;
            seen[root] = true;
            vertexOf[length++] = root;
            for (var visit = start; visit < length; visit++)
            {
                foreach (var u in graph.Neighbours(vertexOf[visit]))
                {
                    if (!seen[u])
                    {
                        seen[u] = true;
                        vertexOf[length++] = u;
                    }
                }
            }

            // Within a component by degree, so that the loop over each vertex's neighbours runs as often as the
            // one before it and its end is foreseen; the scores do not depend on the order of the vertices.
            for (var i = start; i < length; i++)
            {
                degrees[i] = graph.Degree(vertexOf[i]);
            }

            Array.Sort(degrees, vertexOf, start, length - start);
            starts.Add(start);
        }

        starts.Add(length);
        var numberOf = new int[count];
        for (var v = 0; v < count; v++)
        {
            numberOf[vertexOf[v]] = v;
        }

        var offsets = new int[count + 1];
        var neighbours = new int[graph.EdgeEnds];
        for (var v = 0; v < count; v++)
        {
            var ends = graph.Neighbours(vertexOf[v]);
            for (var e = 0; e < ends.Length; e++)
            {
                neighbours[offsets[v] + e] = numberOf[ends[e]];
            }

            offsets[v + 1] = offsets[v] + ends.Length;
        }

        return (vertexOf, [.. starts], offsets, neighbours);
    }
}
