namespace Pipeline.Plugins.HtmlConverter.Source;

/// <summary>
/// Splits HTML source into the runs of character data between tags, comments and declarations, the way an
/// HTML tokenizer does, so that the parser's text nodes can be found again in the source with exact offsets.
/// </summary>
/// <remarks>
/// It need not be right on every malformed page: a text node whose runs do not decode to exactly its data is
/// left unmapped (see <see cref="TextNodeMap"/>), so a mistake here can only drop text, never misplace it.
/// </remarks>
internal static class MarkupLexer
{
    // Elements whose content the tokenizer reads as text up to their own end tag.
    private static readonly string[] RawText = ["script", "style", "xmp", "iframe", "noembed", "noframes"];
    private static readonly string[] EscapableRawText = ["title", "textarea"];

    // Elements without content, and those whose end tag may be left out (a depth count would only grow on them).
    private static readonly HashSet<string> NoDepth = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup", "caption",
    };

    public static List<SourceRun> Runs(string source, CancellationToken cancellationToken) => Runs(source, out _, cancellationToken);

    /// <summary>The runs of <paramref name="source"/>; <paramref name="maxDepth"/> is how deep its tags nest, counted as written (before the parser's repairs).</summary>
    public static List<SourceRun> Runs(string source, out int maxDepth, CancellationToken cancellationToken)
    {
        var runs = new List<SourceRun>();
        var depth = 0;
        maxDepth = 0;
        var textStart = 0;
        var i = 0;
        var steps = 0;
        while (i < source.Length)
        {
            if ((++steps & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var next = source.IndexOf('<', i);
            if (next < 0 || next + 1 >= source.Length)
            {
                break;
            }

            var markupEnd = MarkupEnd(source, next, out var name);
            if (markupEnd < 0)
            {
                i = next + 1;
                continue;
            }

            Add(runs, textStart, next, raw: false);
            i = textStart = markupEnd;
            if (name is null)
            {
                if (source[next + 1] == '/' && depth > 0 && !NoDepth.Contains(EndTagName(source, next)))
                {
                    depth--;
                }

                continue;
            }

            if (!NoDepth.Contains(name) && source[markupEnd - 2] != '/')
            {
                maxDepth = Math.Max(maxDepth, ++depth);
            }

            var raw = Array.IndexOf(RawText, name) >= 0;
            if (raw || Array.IndexOf(EscapableRawText, name) >= 0)
            {
                var close = ClosingTag(source, markupEnd, name);
                Add(runs, markupEnd, close, raw);
                i = textStart = close;
            }
            else if (name == "plaintext")
            {
                Add(runs, markupEnd, source.Length, raw: true);
                return runs;
            }
        }

        Add(runs, textStart, source.Length, raw: false);
        return runs;
    }

    /// <summary>The index just past the markup starting at <paramref name="lt"/>, or -1 when the '&lt;' is text; <paramref name="startTag"/> names a start tag.</summary>
    private static int MarkupEnd(string source, int lt, out string? startTag)
    {
        startTag = null;
        var c = source[lt + 1];
        if (char.IsAsciiLetter(c))
        {
            var nameEnd = lt + 1;
            while (nameEnd < source.Length && source[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameEnd++;
            }

            startTag = source[(lt + 1)..nameEnd].ToLowerInvariant();
            return StartTagEnd(source, nameEnd);
        }

        if (c == '/')
        {
            if (lt + 2 >= source.Length)
            {
                return -1;
            }

            return GreaterThan(source, lt + 2);
        }

        if (c == '!')
        {
            if (string.CompareOrdinal(source, lt, "<!--", 0, 4) == 0)
            {
                return CommentEnd(source, lt + 4);
            }

            if (string.CompareOrdinal(source, lt, "<![CDATA[", 0, 9) == 0)
            {
                var end = source.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                return end < 0 ? source.Length : end + 3;
            }

            return GreaterThan(source, lt + 2);
        }

        return c == '?' ? GreaterThan(source, lt + 2) : -1;
    }

    private static string EndTagName(string source, int lt)
    {
        var end = lt + 2;
        while (end < source.Length && char.IsAsciiLetterOrDigit(source[end]))
        {
            end++;
        }

        return source[(lt + 2)..end].ToLowerInvariant();
    }

    private static int GreaterThan(string source, int from)
    {
        var end = source.IndexOf('>', from);
        return end < 0 ? source.Length : end + 1;
    }

    private static int CommentEnd(string source, int from)
    {
        // "<!-->" and "<!--->" end at once.
        if (from < source.Length && source[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < source.Length && source[from] == '-' && source[from + 1] == '>')
        {
            return from + 2;
        }

        var end = source.IndexOf("-->", from, StringComparison.Ordinal);
        var bang = source.IndexOf("--!>", from, StringComparison.Ordinal);
        if (bang >= 0 && (end < 0 || bang < end))
        {
            return bang + 4;
        }

        return end < 0 ? source.Length : end + 3;
    }

    private static int StartTagEnd(string source, int i)
    {
        // Quotes delimit a value only right after '=' (white space allowed around it).
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c == '=')
            {
                i++;
                while (i < source.Length && source[i] is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    i++;
                }

                if (i < source.Length && source[i] is '"' or '\'')
                {
                    var close = source.IndexOf(source[i], i + 1);
                    if (close < 0)
                    {
                        return source.Length;
                    }

                    i = close + 1;
                    continue;
                }

                continue;
            }

            i++;
        }

        return source.Length;
    }

    private static int ClosingTag(string source, int from, string name)
    {
        var i = from;
        while (true)
        {
            var lt = source.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0 || lt + 2 + name.Length > source.Length)
            {
                return source.Length;
            }

            if (string.Compare(source, lt + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (lt + 2 + name.Length == source.Length || source[lt + 2 + name.Length] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                return lt;
            }

            i = lt + 2;
        }
    }

    private static void Add(List<SourceRun> runs, int start, int end, bool raw)
    {
        if (end > start)
        {
            runs.Add(new SourceRun(start, end, raw));
        }
    }
}
