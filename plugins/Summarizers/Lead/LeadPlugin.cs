using Pipeline.Abstractions;

namespace Pipeline.Plugins.Summarizers.Lead;

/// <summary>The <c>lead</c> summarizer: the document's first sentences, the baseline news summaries are measured against.</summary>
public sealed class LeadPlugin : Plugin<LeadOptions>
{
    /// <inheritdoc />
    public override string Name => "lead";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Summarizer;

    /// <inheritdoc />
    public override string Description =>
        "Summarizes a document by its first sentences (the sentence annotations of an earlier step, or its own split), passing over titles and datelines.";

    /// <inheritdoc />
    protected override IStep CreateStep(LeadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LeadStep(options);
    }
}
