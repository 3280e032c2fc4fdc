using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.MarkdownConverter.FrontMatter;

/// <summary>Publication dates as the news chain writes them: ISO 8601, as precise as the front matter says (<c>2024-05-01</c>, <c>2024-05-01T09:30:00+02:00</c>).</summary>
internal static partial class Dates
{
    private static readonly string[] SpacedZones = ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm:ss K", "yyyy-MM-dd HH:mm K"];

    /// <summary>The date in ISO 8601, or null when it is not one.</summary>
    public static string? Normalise(string value)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // Jekyll and Hugo write "2024-05-01 09:30:00 +0200"; .NET wants the zone's colon.
        var colonZone = CompactZone().Replace(value, "$1:$2");
        if (!DateTimeOffset.TryParseExact(colonZone, SpacedZones, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            && !DateTimeOffset.TryParse(colonZone, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment))
        {
            return null;
        }

        if (!Zone().IsMatch(colonZone))
        {
            return moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return moment.Offset == TimeSpan.Zero
            ? moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactZone();

    [GeneratedRegex(@"(?:Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Zone();
}
