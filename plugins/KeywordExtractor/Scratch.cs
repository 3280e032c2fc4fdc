using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>Arrays that a <see cref="Workspace"/> keeps from one document to the next, grown when a document needs more.</summary>
internal static class Scratch
{
    /// <summary>The first <paramref name="length"/> elements of <paramref name="array"/>, replaced by a larger array when short; they hold what the last document left.</summary>
    public static Span<T> Take<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }

        return array.AsSpan(0, length);
    }

    /// <summary>
    /// <see cref="Take{T}(ref T[], int)"/> for tables as long as the document, kept outside the collected heap: a long
    /// document's would otherwise be fresh large-object arrays every time, since its workspace is not kept.
    /// </summary>
    public static Span<T> Take<T>(ref NativeArray<T>? array, int length)
        where T : unmanaged
    {
        if (array is null)
        {
            array = new NativeArray<T>(Math.Max(length, 256));
        }
        else if (array.Length < length)
        {
            array.Resize(Math.Max(length, array.Length * 2));
        }

        return array.AsSpan()[..length];
    }
}
