using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.PdfConverter.Metadata;

/// <summary>
/// PDF dates (<c>D:YYYYMMDDHHmmSSOHH'mm'</c>, every part after the year optional) as the news chain writes
/// dates: ISO 8601, as precise as the PDF says (<c>2025-05-12</c>, <c>2025-05-12T08:30:00+02:00</c>).
/// </summary>
internal static partial class PdfDates
{
    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || Pattern().Match(value.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var day = $"{match.Groups["y"].Value}-{match.Groups["mo"].Value}-{match.Groups["d"].Value}";
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        if (!match.Groups["h"].Success)
        {
            return day;
        }

        var minute = match.Groups["mi"].Success ? match.Groups["mi"].Value : "00";
        var second = match.Groups["s"].Success ? match.Groups["s"].Value : "00";
        var time = $"{match.Groups["h"].Value}:{minute}:{second}";
        if (!TimeOnly.TryParseExact(time, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        var zone = match.Groups["z"].Value;
        if (zone.Length == 0)
        {
            return $"{day}T{time}";
        }

        var zoneHours = match.Groups["zh"].Success ? int.Parse(match.Groups["zh"].Value, CultureInfo.InvariantCulture) : 0;
        var zoneMinutes = match.Groups["zm"].Success ? int.Parse(match.Groups["zm"].Value, CultureInfo.InvariantCulture) : 0;
        if (zone is "Z" or "z" || (zoneHours == 0 && zoneMinutes == 0))
        {
            return $"{day}T{time}Z";
        }

        return zoneHours > 14 || zoneMinutes > 59 ? $"{day}T{time}" : $"{day}T{time}{zone}{zoneHours:D2}:{zoneMinutes:D2}";
    }

    // A date without its day is too vague to call a publication date.
    [GeneratedRegex(@"^(?:D:)?(?<y>\d{4})(?<mo>\d{2})(?<d>\d{2})(?:(?<h>\d{2})(?:(?<mi>\d{2})(?<s>\d{2})?)?)?(?:(?<z>[Zz+-])(?:(?<zh>\d{2})'?(?:(?<zm>\d{2})'?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
