namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The undirected, unweighted graph of words that co-occur within a window, in adjacency-array form.</summary>
internal sealed class CooccurrenceGraph
{
    private readonly int[] _offsets;
    private readonly int[] _neighbours;

    private CooccurrenceGraph(int[] offsets, int[] neighbours)
    {
        _offsets = offsets;
        _neighbours = neighbours;
    }

    public int VertexCount => _offsets.Length - 1;

    /// <summary>Twice the number of edges: each edge is listed at both of its ends.</summary>
    public int EdgeEnds => _neighbours.Length;

    public int Degree(int vertex) => _offsets[vertex + 1] - _offsets[vertex];

    public ReadOnlySpan<int> Neighbours(int vertex) => _neighbours.AsSpan(_offsets[vertex], Degree(vertex));

    /// <summary>Links each vertex of <paramref name="sequence"/> to the ones whose <paramref name="positions"/> are less than <paramref name="window"/> after its own.</summary>
    public static CooccurrenceGraph Build(ReadOnlySpan<int> sequence, ReadOnlySpan<int> positions, int vertexCount, int window)
    {
        var seen = new HashSet<long>();
        var edges = new List<long>();
        for (var i = 0; i < sequence.Length; i++)
        {
            for (var j = i + 1; j < sequence.Length && positions[j] - positions[i] < window; j++)
            {
                var (a, b) = (Math.Min(sequence[i], sequence[j]), Math.Max(sequence[i], sequence[j]));
                var edge = ((long)a << 32) | (uint)b;
                if (a != b && seen.Add(edge))
                {
                    edges.Add(edge);
                }
            }
        }

        var offsets = new int[vertexCount + 1];
        foreach (var edge in edges)
        {
            offsets[(int)(edge >> 32) + 1]++;
            offsets[(int)edge + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var fill = offsets[..^1];
        var neighbours = new int[edges.Count * 2];
        foreach (var edge in edges)
        {
            var (a, b) = ((int)(edge >> 32), (int)edge);
            neighbours[fill[a]++] = b;
            neighbours[fill[b]++] = a;
        }

        return new CooccurrenceGraph(offsets, neighbours);
    }
}
