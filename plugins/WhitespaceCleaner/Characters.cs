using System.Buffers;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>The characters the rules name.</summary>
internal static class Characters
{
    public const string NonBreakingSpaces = "\u00A0\u202F\u2007";

    public const string ZeroWidthJoiner = "\u200D";

    public const string ZeroWidthExceptJoiner = "\u200B\u200C\u2060\uFEFF";

    public static SearchValues<char> ZeroWidth { get; } = SearchValues.Create(ZeroWidthExceptJoiner + ZeroWidthJoiner);

    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static bool IsNonBreakingSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    /// <summary>The characters that make up runs of white space under <paramref name="options"/>.</summary>
    public static SearchValues<char> RunCharacters(WhitespaceOptions options)
    {
        var chars = " \t\r\n";
        if (options.NonBreakingSpaces)
        {
            chars += NonBreakingSpaces;
        }

        if (options.RemoveZeroWidth)
        {
            chars += ZeroWidthExceptJoiner + (options.KeepZeroWidthJoiner ? string.Empty : ZeroWidthJoiner);
        }

        return SearchValues.Create(chars);
    }
}
