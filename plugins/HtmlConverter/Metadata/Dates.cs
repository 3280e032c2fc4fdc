using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.HtmlConverter.Metadata;

/// <summary>Publication dates as the news chain writes them: ISO 8601, as precise as the page says (<c>2019-11-19</c>, <c>2019-11-19T08:30:00-05:00</c>).</summary>
internal static partial class Dates
{
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateOnlyPattern().Match(value) is { Success: true } dateOnly && dateOnly.Length == value.Length)
        {
            return DateOnly.TryParseExact(dateOnly.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            return null;
        }

        var hasZone = ZonePattern().IsMatch(value);
        return hasZone
            ? moment.ToString(moment.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A date in a URL's path: <c>/2019/11/19/</c>, <c>/2019-11-19/</c>, <c>/20191119/</c>.</summary>
    public static string? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || UrlPattern().Match(url) is not { Success: true } match)
        {
            return null;
        }

        var text = $"{match.Groups["y"].Value}-{match.Groups["m"].Value.PadLeft(2, '0')}-{match.Groups["d"].Value.PadLeft(2, '0')}";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyPattern();

    [GeneratedRegex(@"(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ZonePattern();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})([/-]?)(?<m>0?[1-9]|1[0-2])\1(?<d>0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
