namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>What a trimmed line looks like.</summary>
internal static class Shape
{
    public static bool HasLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare web address and nothing else: <c>https://…</c>, <c>http://…</c> or <c>www.…</c>.</summary>
    public static bool IsUrl(ReadOnlySpan<char> line) =>
        (line.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        && line.IndexOfAny(Blank.Characters) < 0;

    /// <summary>A short line that can be a site's name: has letters, is no address, and does not end like a sentence or a label.</summary>
    public static bool IsName(ReadOnlySpan<char> line, int maxLength) =>
        line.Length <= maxLength && HasLetter(line) && !IsUrl(line) && line[^1] is not ('.' or ',' or ';' or ':' or '!' or '?');
}
