using System.Buffers.Binary;

namespace Pipeline.Plugins.DocxConverter.Package;

/// <summary>
/// Reads how many entries a zip says it has from its end-of-central-directory record, before a zip reader
/// builds an object for each of them.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>The entry count the zip declares, or null when it has no end-of-central-directory record (not a zip, or cut short).</summary>
    public static long? DeclaredEntries(ReadOnlySpan<byte> data)
    {
        var end = FindEnd(data);
        if (end < 0)
        {
            return null;
        }

        long entries = BinaryPrimitives.ReadUInt16LittleEndian(data[(end + 10)..]);
        if (entries != ushort.MaxValue)
        {
            return entries;
        }

        // 0xFFFF means the count is in the Zip64 record, which a locator just before this record points to.
        var locator = end - 20;
        if (locator < 0 || BinaryPrimitives.ReadUInt32LittleEndian(data[locator..]) != Zip64LocatorSignature)
        {
            return entries;
        }

        var record = BinaryPrimitives.ReadUInt64LittleEndian(data[(locator + 8)..]);
        if (data.Length < 56 || record > (ulong)(data.Length - 56) || BinaryPrimitives.ReadUInt32LittleEndian(data[(int)record..]) != Zip64EndSignature)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt64LittleEndian(data[((int)record + 32)..]);
        return count > long.MaxValue ? long.MaxValue : (long)count;
    }

    private static int FindEnd(ReadOnlySpan<byte> data)
    {
        // The record is the last thing in the file but for a comment of up to 64 KiB.
        var last = data.Length - EndLength;
        var first = Math.Max(0, last - MaxCommentLength);
        for (var at = last; at >= first; at--)
        {
            if (data[at] == 0x50 && BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) == EndSignature)
            {
                return at;
            }
        }

        return -1;
    }
}
