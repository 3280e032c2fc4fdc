namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>
/// The site footer at the end: one or more labelled lines ("Story Code: 296072"; "News Link :" with the
/// address on the next line), then optionally the site's name and the site's address, and nothing after them.
/// </summary>
internal static class Footer
{
    /// <summary>Records the footer, if any, and returns where its first line starts (null when there is none); no line of it starts before <paramref name="floor"/>.</summary>
    public static int? Read(string text, LayoutRules rules, int floor, Findings found)
    {
        if (!rules.Options.Footer)
        {
            return null;
        }

        var lines = LastLines(text, rules, floor);

        // The longest run of last lines that reads as a footer; the runs are a dozen lines at most.
        for (var first = 0; first < lines.Count; first++)
        {
            if (TryRead(lines, first, rules, found))
            {
                return lines[first].Line.Start;
            }
        }

        return null;
    }

    /// <summary>The document's last lines that are not skipped, in text order, at most the footer's length.</summary>
    private static List<FooterLine> LastLines(string text, LayoutRules rules, int floor)
    {
        var lines = new List<FooterLine>();
        var position = text.Length;
        while (lines.Count < rules.Options.MaxFooterLines && rules.PreviousContent(text, position, floor) is { } line)
        {
            position = line.Start;
            var content = line.Content(text);
            if (content.Length > LayoutRules.MaxShortLineLength)
            {
                break;
            }

            lines.Add(new FooterLine(line, content.ToString(), rules.FooterLabels));
        }

        lines.Reverse();
        return lines;
    }

    private static bool TryRead(List<FooterLine> lines, int first, LayoutRules rules, Findings found)
    {
        var pieces = new List<(Line First, Line Last, string Reason, string Key, string Value)>();
        var i = first;
        while (i < lines.Count && lines[i].Label is { } label)
        {
            if (lines[i].Value.Length > 0)
            {
                pieces.Add((lines[i].Line, lines[i].Line, Reasons.FooterLabel(label, valueOnSameLine: true), lines[i].Key, lines[i].Value));
                i++;
            }
            else if (i + 1 < lines.Count && lines[i + 1].Label is null)
            {
                pieces.Add((lines[i].Line, lines[i + 1].Line, Reasons.FooterLabel(label, valueOnSameLine: false), lines[i].Key, Blank.Collapse(lines[i + 1].Content)));
                i += 2;
            }
            else
            {
                return false;
            }
        }

        if (pieces.Count == 0 || !TryReadSite(lines, i, rules.Options.MaxSiteNameLength, pieces))
        {
            return false;
        }

        foreach (var (firstLine, lastLine, reason, key, value) in pieces)
        {
            found.Remove(firstLine, lastLine, PieceKind.Tail, reason);
            found.Say(key, value);
        }

        return true;
    }

    /// <summary>What may follow the labelled lines: nothing, the site's name, its address, or the name then the address.</summary>
    private static bool TryReadSite(List<FooterLine> lines, int i, int maxNameLength, List<(Line, Line, string, string, string)> pieces)
    {
        var rest = lines.Count - i;
        var name = rest is 1 or 2 && lines[i].Label is null && Shape.IsName(lines[i].Content, maxNameLength);
        var url = rest >= 1 && lines[^1].Label is null && Shape.IsUrl(lines[^1].Content);
        if (rest == 0 || (rest == 1 && (name || url)) || (rest == 2 && name && url))
        {
            if (name)
            {
                pieces.Add((lines[i].Line, lines[i].Line, Reasons.SiteName, Keys.SiteName, Blank.Collapse(lines[i].Content)));
            }

            if (url)
            {
                pieces.Add((lines[^1].Line, lines[^1].Line, Reasons.SiteUrl, Keys.SiteUrl, lines[^1].Content));
            }

            return true;
        }

        return false;
    }

    /// <summary>One candidate line, read once: its label and value when it is a labelled line.</summary>
    private sealed class FooterLine
    {
        public FooterLine(Line line, string content, FooterLabels labels)
        {
            Line = line;
            Content = content;
            if (labels.TryMatch(content, out var label, out var key, out var value))
            {
                (Label, Key, Value) = (label, key, value);
            }
        }

        public Line Line { get; }

        public string Content { get; }

        public string? Label { get; }

        public string Key { get; } = string.Empty;

        public string Value { get; } = string.Empty;
    }
}
