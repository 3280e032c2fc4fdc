namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>The attribution prefix of the first paragraph: "Daily Planet | Jane Roe: ".</summary>
internal static class Attribution
{
    // A prefix is a few words; looking no further keeps a configured pattern without "^" from scanning a long paragraph.
    private const int MaxPrefixLength = 400;

    /// <summary>Records the prefix, if any, and returns the author it names (null when none).</summary>
    public static string? Read(string text, LayoutRules rules, Line body, Findings found)
    {
        if (rules.Attribution is not { } pattern)
        {
            return null;
        }

        var start = body.ContentStart(text);
        var end = start + body.Content(text).Length;
        var match = pattern.Match(text, start, Math.Min(end - start, MaxPrefixLength));

        // Only a prefix: the paragraph must go on after it.
        if (!match.Success || match.Index != start || match.Length == 0 || match.Index + match.Length >= end)
        {
            return null;
        }

        var outlet = match.Groups["outlet"];
        var author = match.Groups["author"];
        found.Remove(match.Index, match.Index + match.Length, Reasons.AttributionPrefix);
        found.Say(Keys.Outlet, outlet.Success ? Blank.Collapse(outlet.ValueSpan) : null);
        var name = author.Success ? Blank.Collapse(author.ValueSpan) : null;
        found.Say(Keys.Author, name);
        return name;
    }
}
