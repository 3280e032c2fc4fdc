namespace Pipeline.Text.Sentences;

/// <summary>Decides whether a run of terminal punctuation (<c>.</c>, <c>?!</c>, <c>...</c>) ends its sentence.</summary>
internal static class Terminal
{
    /// <param name="text">The whole text.</param>
    /// <param name="from">Where the sentence starts.</param>
    /// <param name="at">The run's first character.</param>
    /// <param name="runEnd">Just past the run.</param>
    /// <param name="end">Just past the closing quotes and brackets after the run.</param>
    public static bool EndsSentence(ReadOnlySpan<char> text, int from, int at, int runEnd, int end)
    {
        if (end == text.Length)
        {
            return true;
        }

        if (!Characters.IsAnySpace(text[end]))
        {
            return Glued.EndsSentence(text, at, runEnd, end);
        }

        var gap = Gap.After(text, end);
        if (gap.ParagraphBreak || gap.NextWordStart == text.Length)
        {
            return true;
        }

        var first = text[gap.NextWordStart];
        if (char.IsLower(first) || (char.IsPunctuation(first) && gap.NextWordStart == gap.NextTokenStart))
        {
            return false;
        }

        if (runEnd - at == 1 && text[at] == '.')
        {
            return AfterPeriod(text, from, at, gap);
        }

        // "..": the period of an initialism and the sentence's own ("the J.C.P.O.A.."); "?", "!", "?!", "...": always.
        return true;
    }

    private static bool AfterPeriod(ReadOnlySpan<char> text, int from, int at, Gap gap)
    {
        var wordStart = WordBefore(text, from, at);
        var word = text[wordStart..at];
        if (word.IsEmpty)
        {
            return true;
        }

        return Abbreviations.Classify(word) switch
        {
            AbbreviationKind.Title or AbbreviationKind.Never => false,
            AbbreviationKind.Numeric => !char.IsDigit(text[gap.NextWordStart]),
            AbbreviationKind.Ambiguous => gap.LineBreak || gap.StartsSentence(text),
            AbbreviationKind.Initial => !gap.IsInitial(text) && (gap.LineBreak || gap.StartsSentence(text)),
            _ => !IsListNumber(text, from, wordStart, word),
        };
    }

    /// <summary>The start of the token that ends at <paramref name="at"/>, without the quotes or brackets that open it.</summary>
    public static int WordBefore(ReadOnlySpan<char> text, int from, int at)
    {
        var start = at;
        var limit = Math.Max(from, at - Abbreviations.MaxLength - 1);
        while (start > limit && !Characters.IsAnySpace(text[start - 1]))
        {
            start--;
        }

        while (start < at && (Characters.IsOpener(text[start]) || text[start] is '\u2014' or '\u2013'))
        {
            start++;
        }

        return start;
    }

    /// <summary>"1." or "12." alone at the start of a sentence numbers a list item: the item goes on after it.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, int from, int wordStart, ReadOnlySpan<char> word) =>
        word.Length <= 3 && !word.ContainsAnyExceptInRange('0', '9') && text[from..wordStart].IsWhiteSpace();
}
