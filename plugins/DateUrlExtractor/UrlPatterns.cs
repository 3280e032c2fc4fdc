using System.Text.RegularExpressions;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// URL candidates. Linear: an address with a scheme or <c>www.</c> runs greedily to the first character a
/// URL cannot hold, and a dotted name takes its labels one dot at a time with nothing after them that could
/// fail, so no attempt backtracks beyond one label of at most 63 characters. <see cref="Address"/> and
/// <see cref="DottedName"/> start with <c>\G</c>: they are tried only where <see cref="Candidates"/> finds that a match may start.
/// </summary>
internal static partial class UrlPatterns
{
    /// <summary>Characters a URL written in prose runs over: anything but white space, quotes, angle brackets and the like.</summary>
    public const string UrlChar = """[^\s<>"'\u2018\u2019\u201C\u201D\u00AB\u00BB\[\]{}|\\^`]""";

    private const string Label = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    /// <summary><c>http://</c> and <c>https://</c> addresses, and <c>www.</c> hosts.</summary>
    [GeneratedRegex($@"\G\b(?:https?://|www\.){UrlChar}+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeouts.MatchMilliseconds)]
    public static partial Regex Address { get; }

    /// <summary>Two or more dot-separated labels (<c>newyorker.com</c>, <c>bbc.co.uk</c>); <see cref="UrlFinder"/> checks the top-level domain.</summary>
    [GeneratedRegex($@"\G\b{Label}(?:\.{Label})+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeouts.MatchMilliseconds)]
    public static partial Regex DottedName { get; }

    /// <summary>What may follow a bare domain: a port and a path. Anchored; run right after the name.</summary>
    [GeneratedRegex($@"^(?::[0-9]{{2,5}})?(?:/{UrlChar}*)?", RegexOptions.CultureInvariant, Timeouts.MatchMilliseconds)]
    public static partial Regex PortAndPath { get; }
}
