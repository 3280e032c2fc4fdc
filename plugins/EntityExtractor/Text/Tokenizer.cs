using Pipeline.Plugins.EntityExtractor.Recognition;

namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>Splits a text into tokens in one linear pass, without regular expressions.</summary>
internal static class Tokenizer
{
    // Abbreviations that keep their period, so that "Mr. Smith" and "Gen. Tamberlane" stay one run of names
    // and the period is not taken for a sentence end.
    private static readonly WordSet Abbreviations = new(
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Brig", "Gov", "Sen", "Rep",
        "Rev", "Fr", "St", "Sr", "Jr", "Mt", "Ft", "Hon", "Pres", "Supt", "No", "vs", "etc", "Inc", "Corp", "Ltd", "Co", "Bros",
    ]);

    public static TokenList Tokenize(string text, CancellationToken cancellationToken)
    {
        var tokens = new TokenList(text);
        var paragraph = 0;
        var newlines = 0;
        var space = false;
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                space = true;
                i++;
                continue;
            }

            if (c is '\n' or '\r')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                newlines++;
                space = true;
                continue;
            }

            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                space = true;
                i++;
                continue;
            }

            var flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
            if (newlines > 0)
            {
                flags |= TokenFlags.LineStart;

                // A line break ends a headline or a dateline even without a period: weak evidence either way.
                sentenceStart = true;
                if (newlines >= 2 && tokens.Count > 0)
                {
                    paragraph++;
                }
            }

            newlines = 0;
            space = false;
            ref var token = ref tokens.Add();
            token.Start = i;
            token.Paragraph = paragraph;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, ref token);
                token.Flags |= flags;
                if (sentenceStart && token.Kind == TokenKind.Word)
                {
                    token.Flags |= TokenFlags.SentenceStart;
                }

                sentenceStart = false;
            }
            else
            {
                // A character beyond the BMP (an emoji) stays one token, never split between its two halves.
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                token.End = token.NameEnd = i;
                token.Char = c;
                token.Flags = flags;
                token.Kind = c switch
                {
                    '“' or '„' or '«' => TokenKind.OpenQuote,
                    '”' or '»' => TokenKind.CloseQuote,
                    '"' => TokenKind.StraightQuote,
                    _ => TokenKind.Punct,
                };
                if (c is '.' or '!' or '?' or ':' || token.Kind is TokenKind.OpenQuote || (c == '"' && i < text.Length && !char.IsWhiteSpace(text[i])))
                {
                    sentenceStart = true;
                }
            }

            if ((tokens.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return tokens;
    }

    private static int ScanWord(string text, int start, ref Token token)
    {
        var i = start;
        var segment = 0;
        var dotted = false;
        var hyphenated = false;
        var lowerTailAt = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || (c > '\x7F' && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)))
            {
                segment++;
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c is '’' or '\'' && char.IsLetter(next))
            {
                i++;
                continue;
            }

            if (c is '-' or '\u2010' or '\u2011' && char.IsLetterOrDigit(next))
            {
                hyphenated = true;
                if (lowerTailAt < 0 && char.IsLower(next) && char.IsUpper(text[start]))
                {
                    lowerTailAt = i;
                }

                segment = 0;
                i++;
                continue;
            }

            // "U.S.", "J.C.P.O.A.", "e.g.": short letter groups joined by periods, the last period included.
            if (c == '.' && segment is > 0 and <= 2 && (char.IsLetter(next) || dotted))
            {
                dotted = true;
                segment = 0;
                i++;
                continue;
            }

            break;
        }

        token.End = i;
        token.NameEnd = lowerTailAt >= 0 ? lowerTailAt : i;
        token.Kind = char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
        var word = text.AsSpan(start, i - start);

        // An initial ("F.") or a known abbreviation ("Mr.") keeps its period.
        if (!dotted && i < text.Length && text[i] == '.' && word.Length <= 4 && ((word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word)))
        {
            dotted = true;
            token.End = ++i;
            token.NameEnd = i;
        }

        var flags = TokenFlags.None;
        if (char.IsUpper(text[start]))
        {
            flags |= TokenFlags.Upper;
        }

        if (dotted)
        {
            flags |= TokenFlags.Dotted;
        }

        if (hyphenated)
        {
            flags |= TokenFlags.Hyphenated;
        }

        if (lowerTailAt >= 0)
        {
            flags |= TokenFlags.LowerTail;
        }

        if ((flags & TokenFlags.Upper) != 0 && IsAllUpper(word))
        {
            flags |= TokenFlags.AllUpper;
        }

        if (lowerTailAt < 0 && word.Length > 2 && word[^1] == 's' && word[^2] is '’' or '\'')
        {
            flags |= TokenFlags.Possessive;
            token.NameEnd = i - 2;
        }

        token.Flags = flags;
        return i;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
