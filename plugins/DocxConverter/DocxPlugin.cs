using Pipeline.Abstractions;

namespace Pipeline.Plugins.DocxConverter;

/// <summary>The <c>docx</c> converter: turns a Word file's bytes into the plain text of its body and reads its core properties.</summary>
public sealed class DocxPlugin : Plugin<DocxOptions>
{
    /// <inheritdoc />
    public override string Name => "docx";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Converter;

    /// <inheritdoc />
    public override string Description =>
        "Turns a Word file (.docx, submitted as bytes) into plain text: paragraphs and headings a blank line apart, list items one per line with '- ' or '1. ' markers, "
        + "tables row by row with cells separated by ' | ', in the body's order (headers, footers, footnotes and comments left out); annotates headings with their level "
        + "and sets title, author and published from the core properties. Refuses zip bombs, encrypted or legacy .doc files and anything that is not a Word file.";

    /// <inheritdoc />
    protected override IStep CreateStep(DocxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DocxStep(options);
    }
}
