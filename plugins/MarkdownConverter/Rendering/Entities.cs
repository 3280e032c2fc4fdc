using System.Globalization;
using Markdig.Helpers;

namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>Character references in raw HTML (<c>&amp;amp;</c>, <c>&amp;#233;</c>, <c>&amp;#xE9;</c>), decoded with the parser's entity table.</summary>
internal static class Entities
{
    private const int LongestName = 32;

    /// <summary>How many characters the reference at the '&amp;' at <paramref name="at"/> takes, and what it stands for; 0 when it is none.</summary>
    public static int Decode(string source, int at, int end, out string value)
    {
        value = string.Empty;
        var semicolon = source.AsSpan(at, Math.Min(end - at, LongestName + 3)).IndexOf(';');
        if (semicolon < 2)
        {
            return 0;
        }

        var body = source.AsSpan(at + 1, semicolon - 1);
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && body[1] is 'x' or 'X';
            var digits = body[(hex ? 2 : 1)..];
            if (digits.IsEmpty || digits.Length > (hex ? 6 : 7)
                || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return 0;
            }

            // As HTML reads them: nothing, a surrogate or beyond Unicode stands for the replacement character.
            value = code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(code);
            return semicolon + 1;
        }

        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return 0;
            }
        }

        var decoded = EntityHelper.DecodeEntity(body);
        if (string.IsNullOrEmpty(decoded))
        {
            return 0;
        }

        value = decoded;
        return semicolon + 1;
    }
}
