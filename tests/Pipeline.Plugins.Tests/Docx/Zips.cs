using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>Zip packages written by hand, for files the Open XML SDK would never make: bombs, lies, strangers.</summary>
internal static class Zips
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string Relationships =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public static byte[] Make(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                Add(zip, name, content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The smallest package Open XML reads as a Word file, with the given word/document.xml.</summary>
    public static byte[] Word(string documentXml) =>
        Make(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Relationships), ("word/document.xml", documentXml));

    /// <summary>A Word package whose document.xml is one run of <paramref name="zeros"/> zeros: a few hundred KB that inflate to that many bytes.</summary>
    public static byte[] Bomb(long zeros)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", Relationships);
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            document.Write(Encoding.UTF8.GetBytes($"""<w:document xmlns:w="{WordNamespace}"><w:body><w:p><w:r><w:t>"""));
            var chunk = new byte[1 << 16];
            chunk.AsSpan().Fill((byte)'0');
            for (var left = zeros; left > 0; left -= chunk.Length)
            {
                document.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
            }

            document.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }

        return stream.ToArray();
    }

    /// <summary>The file with <paramref name="entry"/>'s uncompressed size rewritten as <paramref name="declared"/>, in its local header and in the central directory.</summary>
    public static byte[] DeclaringSize(byte[] zip, string entry, uint declared)
    {
        var file = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        for (var at = 0; at + 46 <= file.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(at));
            if (signature == 0x04034b50 && file.AsSpan(at + 30).StartsWith(name) && BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at + 26)) == name.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 22), declared);
            }
            else if (signature == 0x02014b50 && file.AsSpan(at + 46).StartsWith(name) && BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at + 28)) == name.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 24), declared);
            }
        }

        return file;
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
