using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Pipeline.Plugins.EntityExtractor.Recognition;

namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>Splits a text into tokens in one linear pass, without regular expressions.</summary>
internal static class Tokenizer
{
    // What an ASCII character does to the scan, by table: the tokenizer runs over every character of every document
    // in two steps, and Unicode's general lookups cost several times a table read there.
    private const byte Other = 0;
    private const byte Blank = 1;
    private const byte LineBreak = 2;
    private const byte Digit = 3;
    private const byte Lower = 4;
    private const byte Upper = 5;

    // Abbreviations that keep their period, so that "Mr. Smith" and "Gen. Tamberlane" stay one run of names
    // and the period is not taken for a sentence end.
    private static readonly WordSet Abbreviations = new(
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Brig", "Gov", "Sen", "Rep",
        "Rev", "Fr", "St", "Sr", "Jr", "Mt", "Ft", "Hon", "Pres", "Supt", "No", "vs", "etc", "Inc", "Corp", "Ltd", "Co", "Bros",
    ]);

    // Indexed by an ASCII character: the blanks are char.IsWhiteSpace's (tab, vertical tab, form feed, space).
    private static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
        0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0,
    ];

    public static TokenList Tokenize(string text, CancellationToken cancellationToken)
    {
        var tokens = new TokenList(text);
        var items = tokens.Storage;
        var count = 0;
        var paragraph = 0;
        var newlines = 0;
        var space = false;
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = c < 128 ? Ascii[c] : NonAscii(c);
            if (kind == Blank)
            {
                space = true;
                i++;
                continue;
            }

            if (kind == LineBreak)
            {
                // '\v' and '\f' are blanks; only '\n', '\r' and "\r\n" break lines.
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                newlines++;
                space = true;
                continue;
            }

            var flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
            if (newlines > 0)
            {
                flags |= TokenFlags.LineStart;

                // A line break ends a headline or a dateline even without a period: weak evidence either way.
                sentenceStart = true;
                if (newlines >= 2 && count > 0)
                {
                    paragraph++;
                }
            }

            newlines = 0;
            space = false;
            if (count == items.Length)
            {
                tokens.SetCount(count);
                items = tokens.Grow();
            }

            ref var token = ref items[count++];
            token.Start = i;
            token.Paragraph = paragraph;
            if (kind >= Digit)
            {
                // The storage is not cleared: every field is written, the mark's character too.
                token.Char = '\0';
                i = ScanWord(text, i, kind, ref token);
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

            if ((count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        tokens.SetCount(count);
        return tokens;
    }

    /// <summary>The scan class of a character beyond ASCII: a blank, a letter or digit (as an upper-case letter when it is one), or other.</summary>
    private static byte NonAscii(char c)
    {
        if (char.IsWhiteSpace(c) || IsInvisible(c))
        {
            return Blank;
        }

        if (!char.IsLetterOrDigit(c))
        {
            return Other;
        }

        return char.IsUpper(c) ? Upper : char.IsDigit(c) ? Digit : Lower;
    }

    /// <summary>Scans the word or number that starts at <paramref name="start"/>, whose first character's class is <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWord(string text, int start, byte first, ref Token token)
    {
        var i = start + 1;
        var segment = 1;
        var dotted = false;
        var hyphenated = false;
        var lowerTailAt = -1;
        var upper = first == Upper;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        while (i < text.Length)
        {
            // Eight characters at a time where they are ASCII letters and digits, so that where a word ends costs no
            // mispredicted branch; whatever ends the run is looked at one character at a time below.
            if (Vector128.IsHardwareAccelerated && i <= text.Length - Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var letters = Vector128.LessThanOrEqual((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var digits = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var run = BitOperations.TrailingZeroCount(~(letters | digits).ExtractMostSignificantBits());
                segment += run;
                i += run;
                if (run == Vector128<ushort>.Count)
                {
                    continue;
                }

                if (i == text.Length)
                {
                    break;
                }
            }

            var c = text[i];
            if (c < 128 ? Ascii[c] >= Digit : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
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
                if (lowerTailAt < 0 && upper && char.IsLower(next))
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
        token.Kind = first == Digit ? TokenKind.Number : TokenKind.Word;
        var word = text.AsSpan(start, i - start);

        // An initial ("F.") or a known abbreviation ("Mr.") keeps its period.
        if (!dotted && i < text.Length && text[i] == '.' && word.Length <= 4 && ((word.Length == 1 && upper) || Abbreviations.Contains(word)))
        {
            dotted = true;
            token.End = ++i;
            token.NameEnd = i;
        }

        var flags = TokenFlags.None;
        if (upper)
        {
            flags |= TokenFlags.Upper;
            if (IsAllUpper(word))
            {
                flags |= TokenFlags.AllUpper;
            }
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
        else if (word.Length > 2 && word[^1] == 's' && word[^2] is '’' or '\'')
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
            if (c < 128)
            {
                var kind = Ascii[c];
                if (kind == Lower)
                {
                    return false;
                }

                letters += kind == Upper ? 1 : 0;
                continue;
            }

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
