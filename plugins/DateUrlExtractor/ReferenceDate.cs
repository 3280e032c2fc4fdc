using System.Globalization;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>The document's publication date, which gives a year to dates written without one.</summary>
internal readonly record struct ReferenceDate(int Year, int Month, int Day)
{
    /// <summary>Reads an ISO 8601 date or date and time (<c>2018-03-03</c>, <c>2018-03-03T10:47:00Z</c>) or any invariant-culture date.</summary>
    public static ReferenceDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return new ReferenceDate(iso.Year, iso.Month, iso.Day);
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? new ReferenceDate(parsed.Year, parsed.Month, parsed.Day)
            : null;
    }

    /// <summary>
    /// The year of the month (and day) nearest this date: <c>November</c> in an article of March 2018 is November
    /// 2017, <c>January</c> is January 2018. After <c>last</c> the latest one before, after <c>next</c> the first one after.
    /// </summary>
    public int YearOf(int month, int? day, string? modifier)
    {
        var here = Ordinal(Year, Month, Day);
        var best = Year;
        var bestDistance = long.MaxValue;
        for (var year = Year - 1; year <= Year + 1; year++)
        {
            var there = Ordinal(year, month, day ?? Day);
            var distance = modifier switch
            {
                "last" => there < here ? here - there : long.MaxValue,
                "next" => there > here ? there - here : long.MaxValue,
                _ => Math.Abs(there - here) * 2 + (there > here ? 1 : 0),
            };
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }

        return best;
    }

    /// <summary>The decade (its first year) of the spelled decade <paramref name="decade"/> (0 to 90) last begun by this date.</summary>
    public int DecadeOf(int decade) => Year % 100 >= decade ? (Year / 100 * 100) + decade : ((Year / 100) - 1) * 100 + decade;

    private static long Ordinal(int year, int month, int day) => (year * 12L + month) * 32 + day;
}
