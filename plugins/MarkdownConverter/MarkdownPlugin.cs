using Pipeline.Abstractions;

namespace Pipeline.Plugins.MarkdownConverter;

/// <summary>The <c>markdown</c> converter: turns Markdown into plain text by edits on the source, keeps links as <c>url</c> annotations and reads the front matter.</summary>
public sealed class MarkdownPlugin : Plugin<MarkdownOptions>
{
    /// <inheritdoc />
    public override string Name => "markdown";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Converter;

    /// <inheritdoc />
    public override string Description =>
        "Turns Markdown into plain text (paragraphs apart, list items and table rows one per line, markup removed), keeping every later offset traceable to the Markdown source, annotates links as url, and sets title, author and published from the YAML front matter.";

    /// <inheritdoc />
    protected override IStep CreateStep(MarkdownOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MarkdownStep(options);
    }
}
