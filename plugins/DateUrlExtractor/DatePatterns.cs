using System.Text.RegularExpressions;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// The date expressions; <see cref="DateFinder"/> checks their context. Each pattern is linear: every
/// repetition is bounded or atomic, so a failed attempt never re-splits a run of white space. The patterns
/// start with <c>\G</c>: they are tried only where <see cref="Candidates"/> finds that a match may start.
/// </summary>
internal static partial class DatePatterns
{
    // White space inside a date: spaces, or one line break with spaces around it; atomic.
    private const string S = @"(?>[^\S\r\n]+(?:\r?\n[^\S\r\n]*)?|\r?\n[^\S\r\n]*)";
    private const string Day = @"(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\b";
    private const string Year = @"(?<year>[12][0-9]{3})\b";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary><c>3 Mar 2018</c>, <c>26th of February</c>, <c>3 March, 2018</c>.</summary>
    [GeneratedRegex($@"\G\b{Day}{S}(?:of{S})?{Months.Pattern}(?:,?{S}{Year})?", Options, Timeouts.MatchMilliseconds)]
    public static partial Regex DayMonthYear { get; }

    /// <summary><c>March 3, 2018</c>, <c>February 26th</c>, <c>Mar. 3 2018</c>.</summary>
    [GeneratedRegex($@"\G\b{Months.Pattern}{S}{Day}(?:,?{S}{Year})?", Options, Timeouts.MatchMilliseconds)]
    public static partial Regex MonthDayYear { get; }

    /// <summary><c>March 2018</c>, <c>January of 2015</c>.</summary>
    [GeneratedRegex($@"\G\b{Months.Pattern}(?:{S}of)?,?{S}{Year}", Options, Timeouts.MatchMilliseconds)]
    public static partial Regex MonthYear { get; }

    /// <summary><c>2018-03-03</c>, <c>2018/03/03</c>, <c>2018-03-03T10:47</c>.</summary>
    [GeneratedRegex(
        @"\G\b(?<year>[12][0-9]{3})[-/](?<month>[01][0-9])[-/](?<day>[0-3][0-9])(?:T(?<hour>[0-2][0-9]):(?<minute>[0-5][0-9])(?::(?<second>[0-5][0-9]))?)?\b",
        Options,
        Timeouts.MatchMilliseconds)]
    public static partial Regex Iso { get; }

    /// <summary>A month's full name alone: <c>January</c>; a date only after <c>in</c>, <c>since</c> and the like.</summary>
    [GeneratedRegex(@"\G\b(?<month>january|february|march|april|may|june|july|august|september|october|november|december)\b", Options, Timeouts.MatchMilliseconds)]
    public static partial Regex Month { get; }

    /// <summary>A four-digit number from 1000 to 2199: a year only in context (<c>in 2015</c>, <c>its 1979 revolution</c>).</summary>
    [GeneratedRegex(@"\G\b(?<year>1[0-9]{3}|20[0-9]{2}|21[0-9]{2})\b", Options, Timeouts.MatchMilliseconds)]
    public static partial Regex BareYear { get; }

    /// <summary><c>the 1990s</c>, <c>the '90s</c>, <c>mid-1990s</c>.</summary>
    [GeneratedRegex(@"\G(?:\b(?<mod>early|mid|late)[- ])?(?:\b(?<decade>1[0-9]{2}0|20[0-9]0)|['\u2019](?<short>[0-9]0))s\b", Options, Timeouts.MatchMilliseconds)]
    public static partial Regex NumericDecade { get; }

    /// <summary><c>the mid-nineties</c>, <c>the nineteen-seventies</c>.</summary>
    [GeneratedRegex(
        @"\G\b(?:(?<mod>early|mid|late)[- ])?(?:(?<century>eighteen|nineteen|twenty)[- ])?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        Options,
        Timeouts.MatchMilliseconds)]
    public static partial Regex SpelledDecade { get; }

    /// <summary>A time of day right after a full date: <c> - 10:47</c>, <c>, 9:05 pm</c>, <c> at 14:30</c>. Anchored; run on a few characters only.</summary>
    [GeneratedRegex(
        @"^[^\S\r\n]*(?:[-\u2013\u2014,|]|at)?[^\S\r\n]*(?<hour>[01]?[0-9]|2[0-3]):(?<minute>[0-5][0-9])(?::(?<second>[0-5][0-9]))?(?:[^\S\r\n]*(?<ampm>[ap])\.?m\b\.?)?(?![0-9])",
        Options,
        Timeouts.MatchMilliseconds)]
    public static partial Regex Time { get; }
}
