namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// The API counts offsets in Unicode code points; these helpers slice and search C# strings the same way,
/// by enumerating runes, never by UTF-16 index.
/// </summary>
internal static class CodePoints
{
    /// <summary>The text's code points, each as its own string.</summary>
    public static string[] Of(string text) => [.. text.EnumerateRunes().Select(r => r.ToString())];

    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary><c>text[start:end]</c> as Python would slice it: by code points, half-open.</summary>
    public static string Slice(string text, int start, int end)
    {
        var points = Of(text);
        Assert.True(
            start >= 0 && start <= end && end <= points.Length,
            $"range [{start}:{end}] does not fit a text of {points.Length} code points");
        return string.Concat(points[start..end]);
    }

    /// <summary>Every ordinal occurrence of <paramref name="word"/>, as code point ranges.</summary>
    public static List<(int Start, int End)> FindAll(string text, string word)
    {
        var found = new List<(int Start, int End)>();
        var length = Length(word);
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var start = Length(text[..at]);
            found.Add((start, start + length));
        }

        return found;
    }

    /// <summary>Whether the text holds a character outside the Basic Multilingual Plane (a surrogate pair in UTF-16).</summary>
    public static bool HasAstral(string text) => text.EnumerateRunes().Any(r => r.Utf16SequenceLength == 2);
}
