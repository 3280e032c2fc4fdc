namespace Pipeline.Text.Sentences;

/// <summary>Finds where the sentence that starts at a position ends; one forward pass, no allocation.</summary>
internal static class SentenceScanner
{
    private const int MaxQuoteLookBack = 2000;

    /// <summary>
    /// The end of the sentence that starts at <paramref name="from"/> (just past its terminal punctuation and
    /// closing quotes, or at the line break that ends it), and in <paramref name="next"/> where the
    /// following one starts.
    /// </summary>
    public static int NextEnd(ReadOnlySpan<char> text, int from, out int next)
    {
        var position = from;
        while (true)
        {
            var found = text[position..].IndexOfAny(Characters.Candidates);
            if (found < 0)
            {
                next = text.Length;
                return text.Length;
            }

            var at = position + found;
            if (Characters.IsTerminal(text[at]))
            {
                var runEnd = RunEnd(text, at);
                var end = AfterClosers(text, from, runEnd);
                if (Terminal.EndsSentence(text, from, at, runEnd, end))
                {
                    next = end;
                    return end;
                }

                position = runEnd;
                continue;
            }

            var afterBreak = AfterLineBreak(text, at);
            if (Characters.IsParagraphSeparator(text[at]) || IsParagraphBreak(text, afterBreak) || LineBreakEndsSentence(text, from, at, afterBreak))
            {
                next = afterBreak;
                return at;
            }

            position = afterBreak;
        }
    }

    private static int RunEnd(ReadOnlySpan<char> text, int at)
    {
        var end = at + 1;
        while (end < text.Length && Characters.IsTerminal(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Past the closing quotes and brackets after a terminal: <c>.”</c>, <c>?)</c>, <c>.’ ”</c>.</summary>
    private static int AfterClosers(ReadOnlySpan<char> text, int from, int index)
    {
        while (index < text.Length)
        {
            if (text[index] == '"' && OpensNextSentence(text, from, index))
            {
                break;
            }

            if (Characters.IsCloser(text[index]))
            {
                index++;
            }
            else if (Characters.IsSpace(text[index]) && index + 1 < text.Length && Characters.IsUnambiguousCloser(text[index + 1]))
            {
                index += 2;
            }
            else
            {
                break;
            }
        }

        return index;
    }

    /// <summary>
    /// A straight double quote glued to both a terminal and the next word ("fell."It) closes a quote only if
    /// the sentence has one open; otherwise it opens the next sentence's quote.
    /// </summary>
    private static bool OpensNextSentence(ReadOnlySpan<char> text, int from, int quote)
    {
        if (quote + 1 >= text.Length || Characters.IsAnySpace(text[quote + 1]))
        {
            return false;
        }

        // Bounded, so that a pathological sentence cannot make the count quadratic; past it, assume a closer.
        return quote - from <= MaxQuoteLookBack && text[from..quote].Count('"') % 2 == 0;
    }

    private static int AfterLineBreak(ReadOnlySpan<char> text, int at) =>
        text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;

    /// <summary>Whether the line that starts at <paramref name="lineStart"/> is blank, or there is none.</summary>
    private static bool IsParagraphBreak(ReadOnlySpan<char> text, int lineStart)
    {
        var index = lineStart;
        while (index < text.Length && Characters.IsSpace(text[index]))
        {
            index++;
        }

        return index == text.Length || Characters.IsLineBreak(text[index]) || Characters.IsParagraphSeparator(text[index]);
    }

    /// <summary>
    /// A single line break ends a line without final punctuation (a title, a dateline, a list item) unless
    /// the text plainly goes on: the line ends in a comma or a dash, or the next one starts in lower case.
    /// A line that ends in punctuation was already judged by the terminal rules.
    /// </summary>
    private static bool LineBreakEndsSentence(ReadOnlySpan<char> text, int from, int at, int afterBreak)
    {
        var last = at - 1;
        while (last >= from && Characters.IsSpace(text[last]))
        {
            last--;
        }

        if (last < from)
        {
            return true;
        }

        var beforeClosers = last;
        while (beforeClosers >= from && Characters.IsCloser(text[beforeClosers]))
        {
            beforeClosers--;
        }

        if ((beforeClosers >= from && Characters.IsTerminal(text[beforeClosers])) || Characters.ContinuesOnNextLine(text[last]))
        {
            return false;
        }

        var first = afterBreak;
        while (first < text.Length && Characters.IsSpace(text[first]))
        {
            first++;
        }

        return first == text.Length || !char.IsLower(text[first]);
    }
}
