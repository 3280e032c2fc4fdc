using Pipeline.Abstractions;
using Pipeline.Plugins.EntityExtractor.Recognition;

namespace Pipeline.Plugins.QuoteExtractor;

/// <summary>The <c>quotes</c> extractor: annotates each direct quotation with the person or institution it is attributed to.</summary>
public sealed class QuotePlugin : Plugin<QuoteOptions>
{
    /// <inheritdoc />
    public override string Name => "quotes";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Extractor;

    /// <inheritdoc />
    public override string Description =>
        "Annotates direct quotations (“…”, \"…\") as quote spans with the speaker's fullest name, linking the parts of a quotation split by its attribution.";

    /// <inheritdoc />
    protected override IStep CreateStep(QuoteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Loads the gazetteers now rather than on the first document.
        _ = Gazetteer.Instance;
        return new QuoteStep(options);
    }
}
