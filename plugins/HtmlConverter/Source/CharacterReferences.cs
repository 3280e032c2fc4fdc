using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace Pipeline.Plugins.HtmlConverter.Source;

/// <summary>Decodes HTML character references in text as the HTML tokenizer does (WHATWG "character reference state"), with AngleSharp's entity table.</summary>
internal static class CharacterReferences
{
    // The longest entity name in the table ("CounterClockwiseContourIntegral;") is 33 characters.
    private const int LongestName = 33;

    // Numeric references 0x80-0x9F mean Windows-1252, as in the HTML standard's replacement table.
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>The reference starting at the '&amp;' at <paramref name="at"/>: how many source characters it takes and what it stands for; 0 when it is a plain '&amp;'.</summary>
    public static int Decode(string source, int at, int end, out string value)
    {
        value = string.Empty;
        var i = at + 1;
        if (i >= end)
        {
            return 0;
        }

        return source[i] == '#' ? Numeric(source, at, end, out value) : Named(source, at, end, out value);
    }

    /// <summary>The text a run stands for in the parsed document: references decoded, line breaks normalised to '\n'.</summary>
    public static void AppendDecoded(StringBuilder into, string source, int start, int end, bool raw)
    {
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (c == '\r')
            {
                into.Append('\n');
                if (i + 1 < end && source[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '&' && !raw && Decode(source, i, end, out var decoded) is > 0 and var length)
            {
                into.Append(decoded);
                i += length - 1;
            }
            else
            {
                into.Append(c);
            }
        }
    }

    private static int Named(string source, int at, int end, out string value)
    {
        value = string.Empty;
        var i = at + 1;
        var limit = Math.Min(end, at + 1 + LongestName);
        while (i < limit && char.IsAsciiLetterOrDigit(source[i]))
        {
            i++;
        }

        if (i == at + 1)
        {
            return 0;
        }

        var resolver = HtmlEntityProvider.Resolver;
        if (i < end && source[i] == ';' && resolver.GetSymbol(source.Substring(at + 1, i - at)) is { } full)
        {
            value = full;
            return i - at + 1;
        }

        // Legacy names match without ';', longest first ("&notit;" is "¬it;").
        for (var length = Math.Min(i - at - 1, 6); length >= 2; length--)
        {
            if (resolver.GetSymbol(source.Substring(at + 1, length)) is { } legacy)
            {
                value = legacy;
                return length + 1;
            }
        }

        return 0;
    }

    private static int Numeric(string source, int at, int end, out string value)
    {
        value = string.Empty;
        var i = at + 2;
        var hex = i < end && source[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }

        var digitsStart = i;
        long code = 0;
        while (i < end && (hex ? char.IsAsciiHexDigit(source[i]) : char.IsAsciiDigit(source[i])))
        {
            code = Math.Min(code * (hex ? 16 : 10) + int.Parse(source.AsSpan(i, 1), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture), 0x110000);
            i++;
        }

        if (i == digitsStart)
        {
            return 0;
        }

        if (i < end && source[i] == ';')
        {
            i++;
        }

        value = code switch
        {
            0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
            >= 0x80 and <= 0x9F => Windows1252[code - 0x80].ToString(),
            _ => char.ConvertFromUtf32((int)code),
        };
        return i - at;
    }
}
