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
        var targets = new List<int>();
        var weights = new List<float>();
        for (var i = 0; i < count; i++)
        {
            if (i % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            similarity.Load(i);
            var last = (int)Math.Min(count - 1, (long)i + window);
            for (var j = i + 1; j <= last; j++)
            {
                var weight = similarity.Compare(j, kind);
                if (weight > 0)
                {
                    targets.Add(j);
                    weights.Add((float)weight);
                }
            }

            offsets[i + 1] = targets.Count;
        }

        return new SentenceGraph(offsets, [.. targets], [.. weights]);
    }
}
