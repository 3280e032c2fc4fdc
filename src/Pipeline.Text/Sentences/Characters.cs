using System.Buffers;

namespace Pipeline.Text.Sentences;

/// <summary>The character classes the sentence rules name.</summary>
internal static class Characters
{
    /// <summary>Where a sentence can end: terminal punctuation and line breaks; everything else is skipped in bulk.</summary>
    public static SearchValues<char> Candidates { get; } = SearchValues.Create(".!?\u2026\u203C\u2047\u2048\u2049\n\r\u0085\u2028\u2029\f");

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    /// <summary>A line break inside a paragraph; two in a row, or a paragraph separator, make a paragraph break.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028';

    public static bool IsParagraphSeparator(char c) => c is '\u2029' or '\f';

    /// <summary>White space within a line, with the invisible characters that scrapes leave beside it.</summary>
    public static bool IsSpace(char c) =>
        (char.IsWhiteSpace(c) && !IsLineBreak(c) && !IsParagraphSeparator(c)) || c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>Any white space, line breaks included.</summary>
    public static bool IsAnySpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>Closing quotes and brackets that belong to the sentence whose terminal they follow.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}';

    /// <summary>Closers that never open anything, so one may follow a space ("you.’ ”").</summary>
    public static bool IsUnambiguousCloser(char c) => c is '\u201D' or '\u00BB';

    /// <summary>Quotes and brackets that may open the next sentence.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u2039' or '(' or '[' or '{' or '\u00BF' or '\u00A1';

    /// <summary>A line ending in one of these goes on on the next line.</summary>
    public static bool ContinuesOnNextLine(char c) =>
        c is ',' or ';' or ':' or '-' or '\u2010' or '\u2013' or '\u2014' or '(' or '[' or '&' or '/' or '\u201C' or '\u2018';
}
