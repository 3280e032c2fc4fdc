using Pipeline.Abstractions;
using Pipeline.Plugins.PdfConverter.Cleanup;
using Pipeline.Plugins.PdfConverter.Reading;

namespace Pipeline.Plugins.PdfConverter;

/// <summary>Reads the PDF's pages, gives them to the engine as the source text, then records the edits that make the document's text of them.</summary>
internal sealed class PdfStep : IStep
{
    private readonly PdfOptions _options;

    public PdfStep(PdfOptions options)
    {
        _options = options;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conversion = Convert(context.Data, cancellationToken);
        context.SetSourceText(conversion.Source.Pages);
        foreach (var edit in conversion.Edits)
        {
            context.Replace(edit.Start, edit.Length, edit.Replacement, edit.Reason);
        }

        foreach (var (key, value) in conversion.Metadata)
        {
            if (_options.Overwrite || !context.Metadata.ContainsKey(key))
            {
                context.SetMetadata(key, value);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>What the step records, without a context: the pages as read, the edits on them and the metadata.</summary>
    public Conversion Convert(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        InputCheck.Check(data.Span, _options);
        var document = DocumentReader.Read(data, _options, cancellationToken);
        var source = SourceText.Compose(document.Pages);
        if (source.Lines.Count == 0)
        {
            throw new DocumentRejectedException($"the PDF's {document.Pages.Count} page(s) hold no text to read: a scanned document needs OCR, which the pdf converter does not do");
        }

        var removed = _options.RemoveHeadersFooters ? Decorations.Find(document.Pages, source.Lines, cancellationToken) : [];
        var edits = EditPlanner.Plan(source, removed, _options);
        return new Conversion(source, edits, document.Metadata);
    }
}
