using Pipeline.Abstractions;

namespace Pipeline.Plugins.MetadataExtractor;

/// <summary>The <c>metadata</c> extractor: the document's language by its stop words, and its title from the first line.</summary>
public sealed class MetadataPlugin : Plugin<MetadataOptions>
{
    /// <inheritdoc />
    public override string Name => "metadata";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Extractor;

    /// <inheritdoc />
    public override string Description =>
        "Sets language (ISO 639-1: en, fr, de, es, it, pt, nl) from the stop words the text uses, and title from a first line that reads as one, unless already set.";

    /// <inheritdoc />
    protected override IStep CreateStep(MetadataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MetadataStep(options, new LanguageProfile(options.Languages));
    }
}
