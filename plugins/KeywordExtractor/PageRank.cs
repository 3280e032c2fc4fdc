namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// TextRank's vertex score on an undirected graph: S(V) = (1 - d) + d * sum over neighbours U of S(U) / degree(U),
/// iterated from 1 until no score moves by <see cref="Threshold"/> or more.
/// </summary>
/// <remarks>
/// A word graph is mostly small components (lone words, pairs) that reach their exact fixed point within an
/// iteration or two, while the largest still move; components do not interact. The vertices are renumbered
/// component by component, largest first, and each iteration stops short of the components at the end that
/// no longer move. Every score is computed with the same sums in the same order as iterating over all
/// vertices, and comes out the same to the last bit.
/// </remarks>
internal sealed class PageRank
{
    /// <summary>The paper's convergence threshold.</summary>
    public const double Threshold = 0.0001;

    /// <summary>A bound for pathological graphs; at d = 0.85 the error shrinks below the threshold long before.</summary>
    public const int MaxIterations = 200;

    private readonly List<(int Start, int Length)> _components = [];
    private int[] _vertexOf = [];
    private int[] _numberOf = [];
    private int[] _degrees = [];
    private int[] _offsets = [];
    private int[] _neighbours = [];
    private int[] _componentEnd = [];
    private int[] _bfs = [];
    private double[] _degree = [];
    private double[] _scores = [];
    private double[] _share = [];
    private double[] _next = [];
    private double[] _byVertex = [];

    /// <summary>The score of each vertex; valid until the next call.</summary>
    public ReadOnlySpan<double> Rank(CooccurrenceGraph graph, double damping, CancellationToken cancellationToken)
    {
        ByComponent(graph);
        var count = graph.VertexCount;
        var offsets = _offsets.AsSpan(0, count + 1);
        var neighbours = _neighbours.AsSpan(0, graph.EdgeEnds);
        var componentEnd = _componentEnd.AsSpan(0, count);
        var degree = Scratch.Take(ref _degree, count);
        var scores = Scratch.Take(ref _scores, count);
        var share = Scratch.Take(ref _share, count);
        var next = Scratch.Take(ref _next, count);
        for (var v = 0; v < count; v++)
        {
            degree[v] = offsets[v + 1] - offsets[v];
            scores[v] = 1.0;
            share[v] = degree[v] == 0 ? 0 : scores[v] / degree[v];
        }

        // Vertices from end on belong to components that stopped moving; one that stops moving short of the
        // end is computed on, to the same scores.
        var teleport = 1 - damping;
        var end = count;
        for (var iteration = 0; iteration < MaxIterations && end > 0; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var change = 0.0;
            var lastMoved = -1;
            for (var v = 0; v < end; v++)
            {
                var sum = 0.0;
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    sum += share[neighbours[e]];
                }

                next[v] = teleport + (damping * sum);
                var delta = Math.Abs(next[v] - scores[v]);
                if (delta != 0)
                {
                    lastMoved = v;
                }

                if (delta > change)
                {
                    change = delta;
                }
            }

            for (var v = 0; v < end; v++)
            {
                scores[v] = next[v];
                share[v] = degree[v] == 0 ? 0 : scores[v] / degree[v];
            }

            end = lastMoved < 0 ? 0 : componentEnd[lastMoved];
            if (change < Threshold)
            {
                break;
            }
        }

        var byVertex = Scratch.Take(ref _byVertex, count);
        for (var v = 0; v < count; v++)
        {
            byVertex[_vertexOf[v]] = scores[v];
        }

        return byVertex;
    }

    /// <summary>
    /// Renumbers the graph component by component, largest first and each by degree, so that the loop over each
    /// vertex's neighbours mostly runs as often as the one before it; each vertex keeps its neighbours in their
    /// original order.
    /// </summary>
    private void ByComponent(CooccurrenceGraph graph)
    {
        var count = graph.VertexCount;
        var bfs = Scratch.Take(ref _bfs, count);
        var numberOf = Scratch.Take(ref _numberOf, count);
        numberOf.Fill(-1);
        _components.Clear();
        var length = 0;
        for (var root = 0; root < count; root++)
        {
            if (numberOf[root] >= 0)
            {
                continue;
            }

            var start = length;
            numberOf[root] = length;
            bfs[length++] = root;
            for (var visit = start; visit < length; visit++)
            {
                foreach (var u in graph.Neighbours(bfs[visit]))
                {
                    if (numberOf[u] < 0)
                    {
                        numberOf[u] = length;
                        bfs[length++] = u;
                    }
                }
            }

            _components.Add((start, length - start));
        }

        // Largest first: the lone words and pairs that settle at once are then the tail the iterations drop.
        _components.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var vertexOf = Scratch.Take(ref _vertexOf, count);
        var degrees = Scratch.Take(ref _degrees, count);
        var componentEnd = Scratch.Take(ref _componentEnd, count);
        var next = 0;
        foreach (var (start, size) in _components)
        {
            bfs.Slice(start, size).CopyTo(vertexOf[next..]);
            for (var i = next; i < next + size; i++)
            {
                degrees[i] = graph.Degree(vertexOf[i]);
                componentEnd[i] = next + size;
            }

            degrees.Slice(next, size).Sort(vertexOf.Slice(next, size));
            next += size;
        }

        for (var v = 0; v < count; v++)
        {
            numberOf[vertexOf[v]] = v;
        }

        var offsets = Scratch.Take(ref _offsets, count + 1);
        var neighbours = Scratch.Take(ref _neighbours, graph.EdgeEnds);
        offsets[0] = 0;
        for (var v = 0; v < count; v++)
        {
            var ends = graph.Neighbours(vertexOf[v]);
            for (var e = 0; e < ends.Length; e++)
            {
                neighbours[offsets[v] + e] = numberOf[ends[e]];
            }

            offsets[v + 1] = offsets[v] + ends.Length;
        }
    }
}
