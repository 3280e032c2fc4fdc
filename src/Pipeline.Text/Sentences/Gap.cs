namespace Pipeline.Text.Sentences;

/// <summary>The white space after a possible sentence end, and the word that follows it.</summary>
internal readonly struct Gap
{
    private Gap(bool lineBreak, bool paragraphBreak, int nextTokenStart, int nextWordStart)
    {
        LineBreak = lineBreak;
        ParagraphBreak = paragraphBreak;
        NextTokenStart = nextTokenStart;
        NextWordStart = nextWordStart;
    }

    /// <summary>The gap holds at least one line break.</summary>
    public bool LineBreak { get; }

    /// <summary>The gap holds a blank line or a paragraph separator.</summary>
    public bool ParagraphBreak { get; }

    /// <summary>The first character after the gap.</summary>
    public int NextTokenStart { get; }

    /// <summary>The first character after the gap and any opening quotes or brackets.</summary>
    public int NextWordStart { get; }

    /// <summary>Reads the gap that starts at <paramref name="start"/> (a white-space character).</summary>
    public static Gap After(ReadOnlySpan<char> text, int start)
    {
        var index = start;
        var breaks = 0;
        var paragraph = false;
        while (index < text.Length && Characters.IsAnySpace(text[index]))
        {
            var c = text[index];
            if (Characters.IsParagraphSeparator(c))
            {
                paragraph = true;
            }
            else if (Characters.IsLineBreak(c) && !(c == '\n' && index > start && text[index - 1] == '\r'))
            {
                paragraph |= ++breaks >= 2;
            }

            index++;
        }

        var word = index;
        while (word < text.Length && Characters.IsOpener(text[word]))
        {
            word++;
        }

        return new Gap(breaks > 0, paragraph, index, word);
    }

    /// <summary>Whether the next word is one that usually starts a sentence: a capitalised function word ("The", "It", "But").</summary>
    public bool StartsSentence(ReadOnlySpan<char> text)
    {
        var word = NextWord(text);
        if (word.IsEmpty || !char.IsUpper(word[0]) || (word.Length > 1 && !char.IsLower(word[1])))
        {
            return false;
        }

        // "A." and "I." are initials, not the article and the pronoun.
        var after = NextWordStart + word.Length;
        return (after == text.Length || text[after] != '.') && StopWords.Contains(word);
    }

    /// <summary>Whether the next word is an initial, a capital and a period ("R." in "J. R. R. Tolkien").</summary>
    public bool IsInitial(ReadOnlySpan<char> text) =>
        NextWordStart + 1 < text.Length && char.IsUpper(text[NextWordStart]) && text[NextWordStart + 1] == '.';

    private ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text)
    {
        var end = NextWordStart;
        var limit = Math.Min(text.Length, NextWordStart + 32);
        while (end < limit && (char.IsLetter(text[end]) || text[end] is '\'' or '\u2019'))
        {
            end++;
        }

        return text[NextWordStart..end];
    }
}
