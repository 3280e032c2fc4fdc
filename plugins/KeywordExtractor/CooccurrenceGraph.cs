namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The undirected, unweighted graph of words that co-occur within a window, in adjacency-array form.</summary>
internal sealed class CooccurrenceGraph
{
    private readonly HashSet<long> _seen = [];
    private readonly List<long> _edges = [];
    private int[] _offsets = [];
    private int[] _neighbours = [];

    public int VertexCount { get; private set; }

    /// <summary>Twice the number of edges: each edge is listed at both of its ends.</summary>
    public int EdgeEnds => 2 * _edges.Count;

    public int Degree(int vertex) => _offsets[vertex + 1] - _offsets[vertex];

    public ReadOnlySpan<int> Neighbours(int vertex) => _neighbours.AsSpan(_offsets[vertex], Degree(vertex));

    /// <summary>Links each vertex of <paramref name="sequence"/> to the ones whose <paramref name="positions"/> are less than <paramref name="window"/> after its own.</summary>
    public void Build(ReadOnlySpan<int> sequence, ReadOnlySpan<int> positions, int vertexCount, int window)
    {
        _seen.Clear();
        _edges.Clear();
        for (var i = 0; i < sequence.Length; i++)
        {
            for (var j = i + 1; j < sequence.Length && positions[j] - positions[i] < window; j++)
            {
                var (a, b) = (Math.Min(sequence[i], sequence[j]), Math.Max(sequence[i], sequence[j]));
                var edge = ((long)a << 32) | (uint)b;
                if (a != b && _seen.Add(edge))
                {
                    _edges.Add(edge);
                }
            }
        }

        VertexCount = vertexCount;
        var offsets = Scratch.Take(ref _offsets, vertexCount + 1);
        offsets.Clear();
        foreach (var edge in _edges)
        {
            offsets[(int)(edge >> 32) + 1]++;
            offsets[(int)edge + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        // Each vertex's neighbours in the order its edges were first seen; the ends are filled from the front.
        var neighbours = Scratch.Take(ref _neighbours, EdgeEnds);
        foreach (var edge in _edges)
        {
            var (a, b) = ((int)(edge >> 32), (int)edge);
            neighbours[offsets[a]++] = b;
            neighbours[offsets[b]++] = a;
        }

        // Filling moved each offset to where the next vertex starts: move them back.
        for (var v = vertexCount; v > 0; v--)
        {
            offsets[v] = offsets[v - 1];
        }

        offsets[0] = 0;
    }
}
