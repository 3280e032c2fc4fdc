using Pipeline.Abstractions;

namespace Company.Plugin1;

/// <summary>The <c>word-count</c> extractor: counts the words of a document into its metadata.</summary>
public sealed class WordCountPlugin : Plugin<WordCountOptions>
{
    /// <inheritdoc />
    public override string Name => "word-count";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Extractor;

    /// <inheritdoc />
    public override string Description => "Counts the words of at least a minimum length and writes the count into the metadata.";

    /// <inheritdoc />
    protected override IStep CreateStep(WordCountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WordCountStep(options.MinimumLength, options.MetadataKey);
    }
}
