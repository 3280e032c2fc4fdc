namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// Finds http and https URLs, <c>www.</c> hosts and bare domain names with a known top-level domain, trims the
/// punctuation a sentence puts after them, and gives each its normalised form (scheme and host lower-cased,
/// <c>http://</c> added where none was written, <c>/</c> for an empty path).
/// </summary>
internal static class UrlFinder
{
    private const string Trailing = ".,;:!?*)'\"\u2019\u201D";

    /// <summary>The longest path taken after a bare domain; browsers and servers refuse much longer URLs anyway.</summary>
    private const int MaxPath = 4096;

    public static List<Found> Find(string text, bool bareDomains)
    {
        var found = new List<Found>(8);
        foreach (var (index, length) in Candidates.Spans(UrlPatterns.Address, text, Candidates.AddressStarts(text)))
        {
            Add(found, text, index, index + length);
        }

        if (bareDomains)
        {
            var addresses = found.Count;
            var next = 0;
            var taken = 0;
            foreach (var (index, length) in Candidates.Spans(UrlPatterns.DottedName, text, Candidates.DottedNameStarts(text)))
            {
                // Names inside the addresses found above, or inside the path of the last bare domain, are theirs.
                while (next < addresses && found[next].End <= index)
                {
                    next++;
                }

                if (index >= taken
                    && (next >= addresses || !found[next].Overlaps(index, index + length))
                    && BareDomainEnd(text, index, index + length) is > 0 and var end)
                {
                    taken = end + UrlPatterns.PortAndPath.Match(text, end, Math.Min(text.Length - end, MaxPath)).Length;
                    Add(found, text, index, taken);
                }
            }

            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return found;
    }

    private static void Add(List<Found> found, string text, int start, int end)
    {
        end = TrimEnd(text, start, end);
        var written = text[start..end];
        var scheme = written.Contains("://", StringComparison.Ordinal) ? string.Empty : "http://";
        if (end > start && Uri.TryCreate(scheme + written, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal))
        {
            found.Add(new Found("url", start, end, uri.AbsoluteUri));
        }
    }

    /// <summary>
    /// Where the bare domain in the dotted name [<paramref name="start"/>, <paramref name="end"/>) ends: after its
    /// last label that is a known, lower-case top-level domain (so <c>example.com.The</c> gives <c>example.com</c>);
    /// 0 when it has none, or is part of an e-mail address or a longer token, or names no host with a letter.
    /// </summary>
    private static int BareDomainEnd(string text, int start, int end)
    {
        var before = TextContext.At(text, start - 1);
        if (before is '@' or '.' or '-' or '/' or ':' or '_' || char.IsLetterOrDigit(before))
        {
            return 0;
        }

        var name = text.AsSpan(start, end - start);
        for (var dot = name.LastIndexOf('.'); dot > 0; dot = name[..dot].LastIndexOf('.'))
        {
            var tldEnd = name[(dot + 1)..].IndexOf('.') is var next and >= 0 ? dot + 1 + next : name.Length;
            var tld = name[(dot + 1)..tldEnd];
            if (TopLevelDomains.Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld))
            {
                var host = name[..dot];
                var label = host[(host.LastIndexOf('.') + 1)..];
                var after = TextContext.At(text, start + tldEnd);
                return label.ContainsAnyInRange('a', 'z') || label.ContainsAnyInRange('A', 'Z') ? (after is '@' or '_' ? 0 : start + tldEnd) : 0;
            }
        }

        return 0;
    }

    /// <summary>Drops the punctuation a sentence puts after a URL, and a closing bracket the URL did not open.</summary>
    private static int TrimEnd(string text, int start, int end)
    {
        var url = text.AsSpan(start, end - start);
        var open = url.Count('(');
        var close = url.Count(')');
        while (end > start && Trailing.Contains(text[end - 1], StringComparison.Ordinal))
        {
            if (text[end - 1] == ')')
            {
                if (close <= open)
                {
                    break;
                }

                close--;
            }

            end--;
        }

        return end;
    }
}
