using Pipeline.Abstractions;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>The <c>textrank</c> summarizer: the most central sentences of a similarity graph (Mihalcea and Tarau 2004).</summary>
public sealed class TextRankPlugin : Plugin<TextRankOptions>
{
    /// <inheritdoc />
    public override string Name => "textrank";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Summarizer;

    /// <inheritdoc />
    public override string Description =>
        "Summarizes a document by its most central sentences: PageRank over a graph of sentence similarities (shared words without stop words; TF-IDF cosine or BM25 on request), with optional stemming, position prior and redundancy control.";

    /// <inheritdoc />
    protected override IStep CreateStep(TextRankOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TextRankStep(options);
    }
}
