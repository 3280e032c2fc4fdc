namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>A span found in the text, with its type (<c>date</c> or <c>url</c>), its normalised value and extra attributes.</summary>
internal readonly record struct Found(string Type, int Start, int End, string Value, string? Resolved = null, string? Mod = null)
{
    public int Length => End - Start;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
