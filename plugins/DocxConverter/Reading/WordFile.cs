using System.IO.Compression;
using System.Runtime.InteropServices;
using DocumentFormat.OpenXml.Packaging;
using Pipeline.Abstractions;
using Pipeline.Plugins.DocxConverter.Output;
using Pipeline.Plugins.DocxConverter.Package;

namespace Pipeline.Plugins.DocxConverter.Reading;

/// <summary>Checks a Word file's package, then reads its body's text and its core properties.</summary>
internal static class WordFile
{
    public static Conversion Read(ReadOnlyMemory<byte> data, DocxOptions options, CancellationToken cancellationToken)
    {
        PackageGuard.CheckBytes(data.Span, options);
        using (var zip = new ZipArchive(Open(data), ZipArchiveMode.Read))
        {
            PackageGuard.CheckEntries(zip, options, cancellationToken);
        }

        // The guard has checked every entry's declared size; the zip reader stops inflating an entry at its
        // declared size, and MaxCharactersInPart stops the XML reader, so what is read stays within the limits.
        var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = options.MaxEntryBytes };
        using var document = WordprocessingDocument.Open(Open(data), isEditable: false, settings);
        var main = document.MainDocumentPart
            ?? throw new DocumentRejectedException("the package has no Word main document part (word/document.xml): it is not a Word file");
        if (!IsWordContentType(main.ContentType))
        {
            throw new DocumentRejectedException($"the package's main part is of type {main.ContentType}, not a Word document: it is another kind of Office file, not a Word file");
        }

        foreach (var part in new OpenXmlPart?[] { main, main.StyleDefinitionsPart, main.NumberingDefinitionsPart })
        {
            if (part is not null)
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                XmlDepth.Check(stream, part.Uri.OriginalString, options, cancellationToken);
            }
        }

        var body = main.Document?.Body
            ?? throw new DocumentRejectedException("the Word file's main document has no body");
        var text = new DocumentText();
        var styles = StyleMap.Read(main.StyleDefinitionsPart?.Styles);
        var lists = new ListNumbering(main.NumberingDefinitionsPart?.Numbering);
        new BodyReader(styles, lists, text, cancellationToken).Read(body);
        return new Conversion(text.ToString(), text.Headings, options.Metadata ? Metadata(document) : []);
    }

    private static Dictionary<string, string> Metadata(WordprocessingDocument document)
    {
        var core = document.PackageProperties;
        return CoreProperties.Read(core.Title, core.Creator, core.Created);
    }

    // Documents, templates, and their macro-enabled kinds: text is read from all alike, macros never run.
    private static bool IsWordContentType(string contentType) =>
        contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/vnd.ms-word.", StringComparison.OrdinalIgnoreCase);

    private static MemoryStream Open(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var bytes) && bytes.Array is not null
            ? new MemoryStream(bytes.Array, bytes.Offset, bytes.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}
