namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>English month names and their abbreviations.</summary>
internal static class Months
{
    /// <summary>Matches a month name or abbreviation (with an optional full stop) into the group <c>month</c>.</summary>
    public const string Pattern =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";

    private static readonly string[] Names =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month (1 to 12) that <paramref name="name"/> names, in any case, with or without a full stop.</summary>
    public static int Number(ReadOnlySpan<char> name)
    {
        var trimmed = name.TrimEnd('.');
        for (var i = 0; i < Names.Length; i++)
        {
            if (trimmed.Length >= 3 && Names[i].AsSpan().StartsWith(trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static int DaysIn(int month, int? year) => month switch
    {
        2 => year is { } y && !DateTime.IsLeapYear(y) ? 28 : 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
