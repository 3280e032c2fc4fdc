using System.Globalization;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>Reads a timestamp line with the configured formats and writes it as ISO 8601, as precise as the format that read it.</summary>
internal sealed class Timestamps
{
    // A timestamp line is short; anything longer is a sentence that happens to start with a date.
    private const int MaxLength = 64;

    private readonly (string Format, string Iso, bool Offset)[] _formats;

    public Timestamps(IReadOnlyList<string>? formats)
    {
        if (formats is null)
        {
            throw new ArgumentException("timestampFormats must be a list");
        }

        _formats = new (string, string, bool)[formats.Count];
        for (var i = 0; i < formats.Count; i++)
        {
            var format = formats[i];
            if (string.IsNullOrWhiteSpace(format))
            {
                throw new ArgumentException($"timestampFormats[{i}] is empty");
            }

            try
            {
                _ = DateTime.MinValue.ToString(format, CultureInfo.InvariantCulture);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"timestampFormats[{i}] '{format}' is not a valid .NET date format: {e.Message}", e);
            }

            var (iso, offset) = IsoFormat(format);
            _formats[i] = (format, iso ?? throw new ArgumentException($"timestampFormats[{i}] '{format}' has no year (yyyy); a published date needs one"), offset);
        }
    }

    /// <summary>The line's date in ISO 8601 (<c>2018-03-03T10:47</c>, <c>2018-03-03</c>), or null when no format reads it.</summary>
    public string? Read(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxLength || !char.IsLetterOrDigit(line[0]))
        {
            return null;
        }

        var value = Blank.Collapse(line);
        foreach (var (format, iso, offset) in _formats)
        {
            if (DateTimeOffset.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                // "K" also reads a time without an offset; only one the line gives is written.
                var given = offset && DateTime.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var kind)
                    && kind.Kind != DateTimeKind.Unspecified;
                return parsed.ToString(given ? iso + "zzz" : iso, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The ISO format keeping exactly the parts <paramref name="format"/> has (null when it has no year), and whether it reads a time zone offset.</summary>
    private static (string? Iso, bool Offset) IsoFormat(string format)
    {
        bool year = false, month = false, day = false, time = false, second = false, offset = false;
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            if (c is '\'' or '"')
            {
                var close = format.IndexOf(c, i + 1);
                i = close < 0 ? format.Length : close + 1;
                continue;
            }

            if (c == '\\')
            {
                i += 2;
                continue;
            }

            var run = 1;
            while (i + run < format.Length && format[i + run] == c)
            {
                run++;
            }

            year |= c == 'y';
            month |= c == 'M';
            day |= c == 'd' && run <= 2; // ddd and dddd name the weekday, not the day
            time |= c is 'H' or 'h' or 'm';
            second |= c == 's';
            offset |= c is 'z' or 'K';
            i += run;
        }

        if (!year)
        {
            return (null, false);
        }

        var iso = second ? "yyyy-MM-dd'T'HH:mm:ss" : time ? "yyyy-MM-dd'T'HH:mm" : day ? "yyyy-MM-dd" : month ? "yyyy-MM" : "yyyy";
        return (iso, offset && (time || second));
    }
}
