namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>The author's bio sign-off: the short last paragraph (before the footer), e.g. "Jane Roe is a staff writer for …".</summary>
internal static class Bio
{
    /// <summary>
    /// Records the bio, if the last paragraph ending before <paramref name="end"/> and starting at or after
    /// <paramref name="floor"/> is one. A pattern naming an <c>author</c> group matches only <paramref name="author"/>.
    /// </summary>
    public static void Read(string text, LayoutRules rules, int floor, int end, string? author, Findings found)
    {
        if (rules.Bio is not { } pattern || (rules.BioNamesAuthor && string.IsNullOrEmpty(author)))
        {
            return;
        }

        if (rules.PreviousContent(text, end, floor) is not { } last)
        {
            return;
        }

        // The paragraph's lines, back to a blank or skipped line; a bio is short, so stop as soon as it is too long.
        var first = last;
        var length = last.Content(text).Length;
        while (length <= rules.Options.MaxBioLength && first.Start > floor)
        {
            var previous = Line.Before(text, first.Start);
            if (previous.Start < floor || rules.IsSkipped(text, previous))
            {
                break;
            }

            first = previous;
            length += previous.Content(text).Length + 1;
        }

        if (length > rules.Options.MaxBioLength)
        {
            return;
        }

        var paragraph = Blank.Collapse(text.AsSpan(first.Start, last.End - first.Start));
        var match = pattern.Match(paragraph);
        if (!match.Success)
        {
            return;
        }

        var named = match.Groups["author"];
        if (rules.BioNamesAuthor && !(named.Success && string.Equals(named.Value, author, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        found.Remove(first, last, PieceKind.Tail, Reasons.AuthorBio);
    }
}
