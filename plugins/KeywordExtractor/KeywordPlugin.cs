using Pipeline.Abstractions;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The <c>keywords</c> extractor: TextRank keyphrases (Mihalcea and Tarau, 2004), annotated at each occurrence.</summary>
public sealed class KeywordPlugin : Plugin<KeywordOptions>
{
    /// <inheritdoc />
    public override string Name => "keywords";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Extractor;

    /// <inheritdoc />
    public override string Description =>
        "Ranks nouns and adjectives with TextRank over a co-occurrence graph, keeps the top third and annotates each occurrence of the keyphrases they form as 'keyword'.";

    /// <inheritdoc />
    protected override IStep CreateStep(KeywordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new KeywordStep(options);
    }
}
