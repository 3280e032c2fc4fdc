namespace Pipeline.Plugins.MetadataExtractor;

/// <summary>The document's first line, when it reads as a title.</summary>
internal static class FirstLineTitle
{
    /// <summary>
    /// The first non-blank line, trimmed and with inner white space collapsed, when it is a paragraph of its own
    /// (a blank line follows it), at most <paramref name="maxLength"/> characters, has letters, is no web address,
    /// does not end like a sentence or a label, and more text follows; otherwise null.
    /// </summary>
    public static string? Find(string text, int maxLength)
    {
        var start = 0;
        while (start < text.Length && IsBlank(text[start]))
        {
            start++;
        }

        var breakAt = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (start == text.Length || breakAt < 0)
        {
            return null;
        }

        var line = text.AsSpan(start, breakAt).TrimEnd();
        var next = start + breakAt + (text[start + breakAt] == '\r' && start + breakAt + 1 < text.Length && text[start + breakAt + 1] == '\n' ? 2 : 1);
        var after = text.AsSpan(next);
        var secondBreak = after.IndexOfAny('\r', '\n');
        var ownParagraph = secondBreak >= 0 && after[..secondBreak].IsWhiteSpace();
        if (!ownParagraph || after.IsWhiteSpace() || !LooksLikeTitle(line, maxLength))
        {
            return null;
        }

        return Collapse(line);
    }

    private static bool LooksLikeTitle(ReadOnlySpan<char> line, int maxLength) =>
        line.Length <= maxLength
        && HasLetter(line)
        && line[^1] is not ('.' or ',' or ';' or ':')
        && !line.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        && !line.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static bool HasLetter(ReadOnlySpan<char> line)
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

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static string Collapse(ReadOnlySpan<char> line)
    {
        var words = line.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
