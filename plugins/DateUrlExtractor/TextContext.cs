namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>The words on either side of a span, read a few characters at a time.</summary>
internal static class TextContext
{
    private const int MaxWord = 16;

    /// <summary>
    /// The lower-cased word before <paramref name="index"/>, past white space; empty when punctuation comes
    /// first, which <paramref name="punctuation"/> then holds ('\0' when a word or the text's start comes first).
    /// </summary>
    public static string WordBefore(string text, int index, out char punctuation)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]) && index - end < MaxWord)
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < MaxWord)
        {
            start--;
        }

        punctuation = start == end && end > 0 ? text[end - 1] : '\0';
        return start < end && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? text[start..end].ToLowerInvariant() : string.Empty;
    }

    /// <summary>The word after <paramref name="index"/>, past white space, as written; empty when there is none.</summary>
    public static string WordAfter(string text, int index)
    {
        var start = index;
        while (start < text.Length && char.IsWhiteSpace(text[start]) && start - index < MaxWord)
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]) && end - start < MaxWord)
        {
            end++;
        }

        return text[start..end];
    }

    public static char At(string text, int index) => index >= 0 && index < text.Length ? text[index] : '\0';
}
