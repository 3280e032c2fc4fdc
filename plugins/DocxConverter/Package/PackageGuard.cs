using System.IO.Compression;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.DocxConverter.Package;

/// <summary>
/// Refuses what must not reach the Open XML reader: files that are not zips, OLE compound files (encrypted
/// Word files and legacy .doc), and zips whose entries declare more than the limits allow. Only the zip's
/// central directory is read here; nothing is inflated.
/// </summary>
internal static class PackageGuard
{
    /// <summary>Entries declaring less than this are too small to matter, whatever their compression ratio.</summary>
    public const long RatioFloorBytes = 1_000_000;

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    public static void CheckBytes(ReadOnlySpan<byte> data, DocxOptions options)
    {
        if (data.Length > options.MaxBytes)
        {
            throw new DocumentRejectedException($"the file has {data.Length:N0} bytes, more than maxBytes {options.MaxBytes:N0}");
        }

        if (data.StartsWith(OleSignature[..4]))
        {
            throw new DocumentRejectedException(
                "the file is an OLE compound file (it starts D0 CF 11 E0), not a .docx zip package: a password-protected (encrypted) Word file or a legacy binary .doc; save it unencrypted as .docx");
        }

        if (!data.StartsWith(ZipSignature))
        {
            throw new DocumentRejectedException("the file is not a zip package (it does not start with PK 03 04), so it is not a Word .docx file");
        }

        var entries = ZipDirectory.DeclaredEntries(data)
            ?? throw new DocumentRejectedException("the file is not a complete zip package (no end of central directory record): it is cut short or corrupt");
        if (entries > options.MaxEntries)
        {
            throw new DocumentRejectedException($"the zip package declares {entries:N0} entries, more than maxEntries {options.MaxEntries:N0}");
        }
    }

    public static void CheckEntries(ZipArchive zip, DocxOptions options, CancellationToken cancellationToken)
    {
        if (zip.Entries.Count > options.MaxEntries)
        {
            throw new DocumentRejectedException($"the zip package has {zip.Entries.Count:N0} entries, more than maxEntries {options.MaxEntries:N0}");
        }

        long total = 0;
        var contentTypes = false;
        foreach (var entry in zip.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.IsEncrypted)
            {
                throw new DocumentRejectedException($"the zip entry '{entry.FullName}' is encrypted; a Word file's parts never are");
            }

            if (entry.Length > options.MaxEntryBytes)
            {
                throw new DocumentRejectedException(
                    $"the zip entry '{entry.FullName}' declares {entry.Length:N0} bytes uncompressed, more than maxEntryBytes {options.MaxEntryBytes:N0} (a zip bomb?)");
            }

            total += entry.Length;
            if (total > options.MaxUncompressedBytes)
            {
                throw new DocumentRejectedException(
                    $"the zip entries declare more than maxUncompressedBytes {options.MaxUncompressedBytes:N0} bytes uncompressed in all (a zip bomb?)");
            }

            if (entry.Length > RatioFloorBytes && entry.Length > (long)options.MaxCompressionRatio * entry.CompressedLength)
            {
                var ratio = entry.CompressedLength == 0 ? "unbounded" : $"{entry.Length / entry.CompressedLength:N0}:1";
                throw new DocumentRejectedException(
                    $"the zip entry '{entry.FullName}' has a compression ratio of {ratio}, more than maxCompressionRatio {options.MaxCompressionRatio:N0} (a zip bomb?)");
            }

            contentTypes |= entry.FullName == "[Content_Types].xml";
        }

        if (!contentTypes)
        {
            throw new DocumentRejectedException("the file is a zip but not a Word file: it has no [Content_Types].xml, so it is no Office Open XML package");
        }
    }
}
