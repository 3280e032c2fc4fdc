using Pipeline.Abstractions;
using Pipeline.Plugins.PdfConverter.Layout;
using Pipeline.Plugins.PdfConverter.Metadata;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Plugins.PdfConverter.Reading;

/// <summary>
/// Opens the PDF with PdfPig and reads each page's layout, within the options' limits. Whatever the parser
/// throws on a file it cannot read becomes a <see cref="DocumentRejectedException"/> that says so.
/// </summary>
internal static class DocumentReader
{
    public static ReadDocument Read(ReadOnlyMemory<byte> data, PdfOptions options, CancellationToken cancellationToken)
    {
        // Lenient: real files often have cross-reference offsets a few bytes off. Options are mutable, so one set per document.
        using var document = Parse("the file", () => PdfDocument.Open(data, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }));
        if (document.IsEncrypted)
        {
            throw Encrypted();
        }

        var count = Parse("the page tree", () => document.NumberOfPages);
        if (count > options.MaxPages)
        {
            throw new DocumentRejectedException($"PDF has {count} pages, more than maxPages {options.MaxPages}");
        }

        var pages = new List<PageLayout>(count);
        for (var number = 1; number <= count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(Parse($"page {number}", () =>
            {
                var page = document.GetPage(number);
                if (page.Letters.Count > options.MaxLettersPerPage)
                {
                    throw new DocumentRejectedException($"page {number} of the PDF draws {page.Letters.Count} characters, more than maxLettersPerPage {options.MaxLettersPerPage}");
                }

                return PageReader.Read(page, cancellationToken);
            }));
        }

        var metadata = options.Metadata ? Parse("the document information", () => DocumentFacts.Read(document.Information)) : [];
        return new ReadDocument(pages, metadata);
    }

    private static T Parse<T>(string part, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw Encrypted(ex);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or DocumentRejectedException))
        {
            throw new DocumentRejectedException($"malformed PDF: {part} could not be read ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private static DocumentRejectedException Encrypted(Exception? cause = null)
    {
        const string Message = "encrypted PDF: the pdf converter reads no encrypted or password-protected files";
        return cause is null ? new DocumentRejectedException(Message) : new DocumentRejectedException(Message, cause);
    }
}
