using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>Times of day that complete a date, as ISO 8601 <c>hh:mm</c> or <c>hh:mm:ss</c>.</summary>
internal static class TimeOfDay
{
    /// <summary>The time written right after a date ending at <paramref name="index"/> (<c>3 Mar 2018 - 10:47</c>, <c>at 9:30 pm</c>), or null.</summary>
    public static string? After(string text, int index, out int end)
    {
        end = index;
        var match = DatePatterns.Time.Match(text, index, Math.Min(40, text.Length - index));
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (char.ToLowerInvariant(match.Groups["ampm"].ValueSpan[0]) == 'p' ? 12 : 0);
        }

        end = match.Index + match.Length;
        return string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{match.Groups["minute"].Value}{Seconds(match)}");
    }

    /// <summary>The time part of an ISO date match (<c>2021-11-30T08:15</c>), or null.</summary>
    public static string? OfIso(Match match)
    {
        if (!match.Groups["hour"].Success || int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture) > 23)
        {
            return null;
        }

        return $"{match.Groups["hour"].Value}:{match.Groups["minute"].Value}{Seconds(match)}";
    }

    private static string Seconds(Match match) => match.Groups["second"].Success ? ":" + match.Groups["second"].Value : string.Empty;
}
