using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>
/// The weighted, undirected similarity graph of a document's sentences. Each sentence is compared only with
/// the <c>window</c> sentences after it (and so, from their side, with those before it), so the graph
/// grows linearly with the document. Each edge is stored once, from its earlier sentence. The edges live outside
/// the collected heap until the graph is disposed: a long document's would be fresh large-object arrays each time.
/// </summary>
internal sealed class SentenceGraph : IDisposable
{
    private readonly NativeArray<int> _targets;
    private readonly NativeArray<float> _weights;
    private readonly int _edges;

    private SentenceGraph(int[] offsets, NativeArray<int> targets, NativeArray<float> weights, int edges)
    {
        Offsets = offsets;
        _targets = targets;
        _weights = weights;
        _edges = edges;
    }

    /// <summary>Sentence i's edges to later sentences are [Offsets[i], Offsets[i + 1]) of <see cref="Targets"/> and <see cref="Weights"/>.</summary>
    public int[] Offsets { get; }

    public ReadOnlySpan<int> Targets => _targets.AsSpan()[.._edges];

    public ReadOnlySpan<float> Weights => _weights.AsSpan()[.._edges];

    public int Count => Offsets.Length - 1;

    public void Dispose()
    {
        _targets.Dispose();
        _weights.Dispose();
    }

    public static SentenceGraph Build(Similarity similarity, int count, SimilarityKind kind, int window, CancellationToken cancellationToken)
    {
        var offsets = new int[count + 1];
        var width = (int)Math.Min(window, Math.Max(count - 1, 0));

        // News sentences share a term with some eight others in their window; grown when there are more.
        var targets = new NativeArray<int>((int)Math.Min((long)count * width, 8L * count));
        var weights = new NativeArray<float>(targets.Length);
        var edges = 0;
        var others = new int[width];
        var compared = new double[width];
        for (var i = 0; i < count; i++)
        {
            if (i % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var last = (int)Math.Min(count - 1, (long)i + window);
            var found = similarity.CompareFollowing(i, last, kind, others, compared);
            if (edges + found > targets.Length)
            {
                targets.Resize(Math.Max(targets.Length * 2, edges + found));
                weights.Resize(targets.Length);
            }

            var to = targets.AsSpan();
            var weight = weights.AsSpan();
            for (var k = 0; k < found; k++)
            {
                if (compared[k] > 0)
                {
                    to[edges] = others[k];
                    weight[edges] = (float)compared[k];
                    edges++;
                }
            }

            offsets[i + 1] = edges;
        }

        return new SentenceGraph(offsets, targets, weights, edges);
    }
}
