using System.Buffers;

namespace Pipeline.Text.Sentences;

/// <summary>
/// Sentences run together without a space ("rose 2%.Shares fell", "he said."Then"), as scrapers leave
/// them when they join paragraphs: a terminal after a word or number, right before a capitalised word.
/// </summary>
internal static class Glued
{
    /// <summary>Characters of URLs and e-mail addresses, whose periods never end a sentence.</summary>
    private static readonly SearchValues<char> AddressMarks = SearchValues.Create("/@\\_=");

    /// <param name="text">The whole text.</param>
    /// <param name="at">The terminal run's first character.</param>
    /// <param name="runEnd">Just past the run.</param>
    /// <param name="end">Just past the closing quotes after the run: the character there is not white space.</param>
    /// <remarks>An opening quote or bracket may stand between the two sentences ("fell."It was", "fell.(It was").</remarks>
    public static bool EndsSentence(ReadOnlySpan<char> text, int at, int runEnd, int end)
    {
        var next = end;
        while (next < text.Length && Characters.IsOpener(text[next]))
        {
            next++;
        }

        if (at == 0 || next + 1 >= text.Length)
        {
            return false;
        }

        var before = text[at - 1];
        var afterLowerCase = char.IsLower(before) || char.IsDigit(before) || before is '%' or ')';
        if (!(afterLowerCase || char.IsUpper(before)) || !StartsSentenceWord(text, next, afterLowerCase))
        {
            return false;
        }

        // Not "Mr.Smith", "e.g.The" or "System.Text.Json": titles, initialisms and dotted names.
        var word = text[Terminal.WordBefore(text, 0, at)..at];
        if (word.ContainsAny(AddressMarks))
        {
            return false;
        }

        var period = runEnd - at == 1 && text[at] == '.';
        return !period || (Abbreviations.Classify(word) is AbbreviationKind.None or AbbreviationKind.Numeric
            && !IsDottedIdentifier(word) && !IsDottedName(text, next));
    }

    /// <summary>
    /// "Shares", "I think", "O'Sullivan", not "iPhone"; after a lower-case word ("passengers.BA had") also an
    /// acronym ("MMO2", "DVDs"), which after a capital ("U.S.A") would be one more part of the same one.
    /// </summary>
    private static bool StartsSentenceWord(ReadOnlySpan<char> text, int start, bool afterLowerCase)
    {
        var first = text[start];
        var next = text[start + 1];
        if (!char.IsUpper(first))
        {
            return false;
        }

        if (char.IsLower(next) || next is '\'' or '\u2019')
        {
            return true;
        }

        if (Characters.IsSpace(next))
        {
            return first is 'I' or 'A';
        }

        return afterLowerCase && (char.IsUpper(next) || char.IsDigit(next));
    }

    /// <summary>
    /// A dotted name whose last part is not a lower-case domain: "System.Text", "Zafi.D" (but not "10.9bn" or
    /// "example.org", after which a glued capital does start a sentence).
    /// </summary>
    private static bool IsDottedIdentifier(ReadOnlySpan<char> word)
    {
        var dot = word.LastIndexOf('.');
        if (dot < 0 || dot + 1 == word.Length || !char.IsLetter(word[dot + 1]))
        {
            return false;
        }

        return word[(dot + 1)..].ContainsAnyExceptInRange('a', 'z');
    }

    /// <summary>"System.Text.Json", "Amazon.Co.Uk": the capitalised word after the period is followed by a period and a letter again.</summary>
    private static bool IsDottedName(ReadOnlySpan<char> text, int start)
    {
        var index = start;
        var limit = Math.Min(text.Length - 1, start + Abbreviations.MaxLength);
        while (index < limit && char.IsLetterOrDigit(text[index]))
        {
            index++;
        }

        return index < limit && text[index] == '.' && char.IsLetter(text[index + 1]);
    }
}
