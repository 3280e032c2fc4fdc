namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>
/// The weighted, undirected similarity graph of a document's sentences. Each sentence is compared only with
/// the <c>window</c> sentences after it (and so, from their side, with those before it), so the graph
/// grows linearly with the document. Each edge is stored once, from its earlier sentence.
/// </summary>
internal sealed class SentenceGraph
{
    private SentenceGraph(int[] offsets, int[] targets, float[] weights)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
    }

    /// <summary>Sentence i's edges to later sentences are [Offsets[i], Offsets[i + 1]) of <see cref="Targets"/> and <see cref="Weights"/>.</summary>
    public int[] Offsets { get; }

    public int[] Targets { get; }

    public float[] Weights { get; }

    public int Count => Offsets.Length - 1;

    public static SentenceGraph Build(Similarity similarity, int count, SimilarityKind kind, int window, CancellationToken cancellationToken)
    {
        var offsets = new int[count + 1];
        var width = (int)Math.Min(window, Math.Max(count - 1, 0));

        // News sentences share a term with some eight others in their window; grown when there are more.
        var targets = new int[Math.Min((long)count * width, 8L * count)];
        var weights = new float[targets.Length];
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
                Array.Resize(ref targets, Math.Max(targets.Length * 2, edges + found));
                Array.Resize(ref weights, targets.Length);
            }

            for (var k = 0; k < found; k++)
            {
                if (compared[k] > 0)
                {
                    targets[edges] = others[k];
                    weights[edges] = (float)compared[k];
                    edges++;
                }
            }

            offsets[i + 1] = edges;
        }

        return new SentenceGraph(offsets, targets[..edges], weights[..edges]);
    }
}
