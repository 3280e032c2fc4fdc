using Pipeline.Abstractions;

namespace Pipeline.Plugins.SentenceSplitter;

/// <summary>The <c>sentences</c> extractor: annotates each sentence of the text as a <c>sentence</c> span.</summary>
public sealed class SentencePlugin : Plugin<SentenceOptions>
{
    /// <inheritdoc />
    public override string Name => "sentences";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Extractor;

    /// <inheritdoc />
    public override string Description =>
        "Annotates every sentence as a \"sentence\" span, keeping abbreviations (U.S., Gen., No. 5), initials, decimals and quotes with their attribution inside one sentence.";

    /// <inheritdoc />
    protected override IStep CreateStep(SentenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SentenceStep(options);
    }
}
