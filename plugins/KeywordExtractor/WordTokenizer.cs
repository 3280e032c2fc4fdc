using System.Globalization;
using System.Text;
using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// Splits text into words in one pass: letters, digits and marks, joined by inner apostrophes and hyphens
/// (<c>foreign-policy</c>, <c>don't</c>), and dotted acronyms (<c>U.N.</c>) as one word. A trailing
/// <c>'s</c> is left out of the word and recorded as <see cref="TokenFlags.Possessive"/>.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Fills <paramref name="tokens"/> with the words of <paramref name="text"/>, numbered by <paramref name="vocabulary"/>.</summary>
    public static void Tokenize(string text, Vocabulary vocabulary, NativeList<Token> tokens, CancellationToken cancellationToken)
    {
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 5);
        var gap = new Gap();
        var i = 0;
        while (i < text.Length)
        {
            // The commonest gap: a space changes nothing about it.
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            var width = WordRune(text, i);
            if (width == 0)
            {
                gap.See(text, i);
                i++;
                continue;
            }

            if ((tokens.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var start = i;
            var end = Acronym(text, i) is var dotted and > 0 ? dotted : WordEnd(text, i);
            var flags = Flags(text, start, end, gap, tokens.Count == 0);
            var wordEnd = end;
            if (end - start > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '\u2019')
            {
                wordEnd = end - 2;
                flags |= TokenFlags.Possessive;
            }

            var word = wordEnd - start <= Vocabulary.MaxWordLength ? vocabulary.Intern(text.AsSpan(start, wordEnd - start)) : -1;
            tokens.Add(new Token(start, wordEnd, word, flags));
            gap = new Gap();
            i = end;
        }
    }

    private static TokenFlags Flags(string text, int start, int end, Gap gap, bool first)
    {
        var flags = TokenFlags.None;
        if (first || gap.SentenceEnd || gap.LineBreaks >= 2)
        {
            flags |= TokenFlags.SentenceStart;
        }

        if (!first && gap.Clean && gap.LineBreaks <= 1)
        {
            flags |= TokenFlags.Adjacent;
        }

        if (char.IsUpper(text[start]))
        {
            flags |= TokenFlags.Capitalized;
        }

        var letters = 0;
        var upper = true;
        for (var i = start; i < end && upper; i++)
        {
            if (char.IsLetter(text[i]))
            {
                letters++;
                upper = char.IsUpper(text[i]);
            }
        }

        return upper && letters >= 2 ? flags | TokenFlags.Acronym : flags;
    }

    private static int WordEnd(string text, int i)
    {
        while (true)
        {
            // Most words are ASCII letters and digits alone: a step of one, without the width of a rune to wait for.
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            var width = WordRune(text, i);
            if (width > 0)
            {
                i += width;
                continue;
            }

            if (i + 1 < text.Length && IsJoiner(text[i]) && WordRune(text, i + 1) > 0)
            {
                i++;
                continue;
            }

            return i;
        }
    }

    /// <summary>The end of a dotted acronym (<c>U.S.</c>, <c>J.C.P.O.A.</c>) starting at <paramref name="i"/>, or 0.</summary>
    private static int Acronym(string text, int i)
    {
        var end = i;
        var letters = 0;
        while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] == '.' && (end == i || text[end - 1] == '.'))
        {
            end += 2;
            letters++;
        }

        return letters >= 2 && (end == text.Length || WordRune(text, end) == 0) ? end : 0;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';

    /// <summary>The UTF-16 width of the letter, digit or mark at <paramref name="i"/>, or 0 for anything else.</summary>
    private static int WordRune(string text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        var c = text[i];
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        if (!char.IsSurrogate(c))
        {
            return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? 1 : 0;
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var width) != System.Buffers.OperationStatus.Done)
        {
            return 0;
        }

        if (Rune.IsLetterOrDigit(rune))
        {
            return width;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? width : 0;
    }

    /// <summary>What lies between two words.</summary>
    private struct Gap
    {
        public bool Dirty;
        public bool SentenceEnd;
        public int LineBreaks;

        public readonly bool Clean => !Dirty;

        public void See(string text, int i)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                LineBreaks++;
            }
            else if (c is '.' or '!' or '?' or '\u2026')
            {
                SentenceEnd = true;
                Dirty = true;
            }
            else if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                Dirty = true;
            }
        }
    }
}
