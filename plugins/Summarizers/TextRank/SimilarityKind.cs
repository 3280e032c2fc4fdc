namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>How the similarity of two sentences, the weight of the edge between them, is measured.</summary>
public enum SimilarityKind
{
    /// <summary>The original TextRank measure: shared terms over the sum of the log lengths (Mihalcea and Tarau 2004).</summary>
    Overlap,

    /// <summary>The cosine of the sentences' TF-IDF vectors.</summary>
    Cosine,

    /// <summary>Okapi BM25 of each sentence as a query against the other, averaged (Barrios et al. 2016).</summary>
    Bm25,
}
