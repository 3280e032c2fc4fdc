using Pipeline.Abstractions;

namespace ReadingTimePlugin;

/// <summary>Estimates how many minutes the document takes to read and writes it into the metadata.</summary>
public sealed class ReadingTime : Plugin<ReadingTimeOptions>
{
    public override string Name => "reading-time";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Estimates reading time in minutes from the word count.";

    protected override IStep CreateStep(ReadingTimeOptions options) => new ReadingTimeStep(options.WordsPerMinute, options.MetadataKey);
}
