namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>The header at the top: a title line then a timestamp line, or a timestamp line alone.</summary>
internal static class Header
{
    /// <summary>Records the header, if any, and returns where it ends and the first line of the body.</summary>
    public static HeaderResult Read(string text, LayoutRules rules, Findings found)
    {
        var first = rules.NextContent(text, 0);
        if (first is not { } title || !rules.Options.Header)
        {
            return new(false, 0, first);
        }

        var published = rules.Timestamps.Read(title.Content(text));
        if (published is not null)
        {
            found.Remove(title, title, PieceKind.Head, Reasons.TimestampLine);
            found.Say(Keys.Published, published);
            return new(true, title.Next, rules.NextContent(text, title.Next));
        }

        if (!LooksLikeTitle(title.Content(text), rules.Options.MaxTitleLength) || rules.NextContent(text, title.Next) is not { } stamp)
        {
            return new(false, 0, first);
        }

        published = rules.Timestamps.Read(stamp.Content(text));
        if (published is null)
        {
            return new(false, 0, first);
        }

        found.Remove(title, title, PieceKind.Head, Reasons.TitleLine);
        found.Remove(stamp, stamp, PieceKind.Head, Reasons.TimestampLine);
        found.Say(Keys.Title, Blank.Collapse(title.Content(text)));
        found.Say(Keys.Published, published);
        return new(true, stamp.Next, rules.NextContent(text, stamp.Next));
    }

    private static bool LooksLikeTitle(ReadOnlySpan<char> line, int maxLength) =>
        line.Length <= maxLength && Shape.HasLetter(line) && !Shape.IsUrl(line);
}

/// <summary>Whether the header was recognised, where it ends (the start of the line after it; 0 without one), and the body's first line (null when there is none).</summary>
internal readonly record struct HeaderResult(bool Recognised, int End, Line? Body);
