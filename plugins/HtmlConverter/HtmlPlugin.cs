using Pipeline.Abstractions;

namespace Pipeline.Plugins.HtmlConverter;

/// <summary>The <c>html</c> converter: turns a web page's HTML source into its article's plain text, by edits on the source, and reads the page's metadata.</summary>
public sealed class HtmlPlugin : Plugin<HtmlOptions>
{
    /// <inheritdoc />
    public override string Name => "html";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Converter;

    /// <inheritdoc />
    public override string Description =>
        "Turns an HTML page into the plain text of its article (navigation, ads, related links, comments, captions and share widgets left out; paragraphs apart), keeping every later offset traceable to the HTML source, and sets title, published, author, site_name, source_url, language and description.";

    /// <inheritdoc />
    protected override IStep CreateStep(HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HtmlStep(options);
    }
}
