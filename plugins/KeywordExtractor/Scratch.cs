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
}
