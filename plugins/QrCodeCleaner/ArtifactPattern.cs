using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.QrCodeCleaner;

/// <summary>Builds the regular expression that matches artifact lines for a set of phrases.</summary>
internal static class ArtifactPattern
{
    /// <summary>Bounds each attempt, made at one line start, so a hostile line cannot hold a step's thread.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // Horizontal white space as scrapes have it: spaces, tabs, every Unicode space separator (U+00A0
    // included) and the invisible zero-width characters that ride along with them.
    private const string Space = @"[\p{Zs}\t\u200B\u200C\u200D\u2060\uFEFF]";
    private const string LineBreak = @"(?:\r\n|\r|\n)";

    // Atomic so that a long run of white space is consumed once and never re-split by backtracking.
    private const string Gap = "(?>" + Space + "*)(?:" + LineBreak + "(?>" + Space + "*))?";

    public static Regex? Build(IReadOnlyList<string>? phrases)
    {
        if (phrases is null || phrases.Count == 0)
        {
            return null;
        }

        var alternatives = new List<string>(phrases.Count);
        for (var i = 0; i < phrases.Count; i++)
        {
            alternatives.Add(Phrase(phrases[i]) ?? throw new ArgumentException($"phrases[{i}] is empty or white space only; a phrase needs at least one word"));
        }

        // Tried only at line starts (\G): phrases separated by at most one line break each, then the line's end.
        var any = "(?:" + string.Join('|', alternatives) + ")";
        var pattern = new StringBuilder()
            .Append(@"\G")
            .Append("(?>").Append(Space).Append("*)")
            .Append(any)
            .Append("(?:").Append(Gap).Append(any).Append(")*")
            .Append("(?>").Append(Space).Append("*)")
            .Append("(?:").Append(LineBreak).Append(@"|\z)")
            .ToString();
        return new Regex(pattern, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static string? Phrase(string? phrase)
    {
        var words = phrase?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (words.Length == 0)
        {
            return null;
        }

        // Glued words ("QRcode") and words split over two lines are what scrapers produce too.
        return string.Join(Gap, words.Select(Regex.Escape));
    }
}
