using System.Text;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.PdfConverter.Reading;

/// <summary>Refuses what is plainly no whole PDF before a parser spends anything on it.</summary>
internal static class InputCheck
{
    // Readers accept the header and the end marker within the first and the last kilobyte.
    private const int Window = 1024;
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] EndMarker = Encoding.ASCII.GetBytes("%%EOF");

    public static void Check(ReadOnlySpan<byte> data, PdfOptions options)
    {
        if (data.IsEmpty)
        {
            throw new DocumentRejectedException("the pdf converter needs the document's bytes (Document.data); this document came as text");
        }

        if (data.Length > options.MaxBytes)
        {
            throw new DocumentRejectedException($"PDF of {data.Length} bytes is larger than maxBytes {options.MaxBytes}");
        }

        if (data[..Math.Min(Window, data.Length)].IndexOf(Header) < 0)
        {
            throw new DocumentRejectedException("not a PDF: no %PDF- header at the start of the data");
        }

        // A lenient parser rebuilds a cut-off file from what is left and reads part of it as if it were all.
        if (data[Math.Max(0, data.Length - Window)..].IndexOf(EndMarker) < 0)
        {
            throw new DocumentRejectedException("truncated PDF: no %%EOF marker at the end of the data");
        }
    }
}
