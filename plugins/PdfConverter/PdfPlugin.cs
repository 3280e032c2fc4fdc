using Pipeline.Abstractions;

namespace Pipeline.Plugins.PdfConverter;

/// <summary>The <c>pdf</c> converter: reads a PDF's text page by page in reading order, and edits out what is not the document's own text.</summary>
public sealed class PdfPlugin : Plugin<PdfOptions>
{
    /// <inheritdoc />
    public override string Name => "pdf";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Converter;

    /// <inheritdoc />
    public override string Description =>
        "Turns a PDF (the document's bytes) into plain text: each page read in reading order (a two-column page column by column), running headers, footers and page numbers removed, hyphenated line ends joined, a paragraph's lines joined and paragraphs apart, every later offset traceable to its page; sets title, author, published, description and keywords from the document information.";

    /// <inheritdoc />
    protected override IStep CreateStep(PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PdfStep(options);
    }
}
