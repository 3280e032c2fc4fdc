namespace Pipeline.Plugins.MarkdownConverter.Output;

/// <summary>
/// Writes the text the parser read from a stretch of source: its characters are found in the source and kept
/// there, backslashes of escapes are dropped, and white space becomes one space. Where the text is not the
/// stretch less backslashes and white space (a code span over quoted lines keeps the quote markers between its
/// words), its characters are looked for in order with anything between; where even that fails (the parser
/// turned a NUL into U+FFFD), the stretch is replaced by the text whole.
/// </summary>
internal static class InlineText
{
    public const string ParsedReason = "markdown: text as parsed";

    public static void Write(EditWriter writer, string source, int start, int end, ReadOnlySpan<char> content)
    {
        start = Math.Max(start, 0);
        end = Math.Min(end, source.Length);
        var loose = !Aligns(source, start, end, content, loose: false);
        if (loose && !Aligns(source, start, end, content, loose: true))
        {
            Replace(writer, start, end, content);
            return;
        }

        var i = start;
        var run = -1;
        var runEnd = -1;
        foreach (var c in content)
        {
            if (IsSpace(c))
            {
                KeepRun(writer, ref run, runEnd);
                writer.Separate(Separators.Space);
                continue;
            }

            while (!Same(source[i], c))
            {
                i++;
            }

            if (source[i] != c)
            {
                KeepRun(writer, ref run, runEnd);
                writer.Substitute(i, i + 1, c.ToString(), ParsedReason);
                i++;
                continue;
            }

            if (run >= 0 && i != runEnd)
            {
                KeepRun(writer, ref run, runEnd);
            }

            run = run < 0 ? i : run;
            runEnd = ++i;
        }

        KeepRun(writer, ref run, runEnd);
    }

    private static void KeepRun(EditWriter writer, ref int run, int runEnd)
    {
        if (run >= 0)
        {
            writer.Keep(run, runEnd);
            run = -1;
        }
    }

    /// <summary>Markdown's white space: what separates words, as opposed to a no-break space, which is text.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>Whether every character of the content but white space is found in [<paramref name="start"/>, <paramref name="end"/>) in order, with only white space and backslashes between (anything, when loose).</summary>
    public static bool Aligns(string source, int start, int end, ReadOnlySpan<char> content, bool loose)
    {
        var i = start;
        foreach (var c in content)
        {
            if (IsSpace(c))
            {
                continue;
            }

            while (i < end && !Same(source[i], c) && (loose || IsSpace(source[i]) || source[i] == '\\'))
            {
                i++;
            }

            if (i >= end || !Same(source[i], c))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>Whether the parser read <paramref name="parsed"/> from <paramref name="written"/>: itself, or U+FFFD for a NUL.</summary>
    private static bool Same(char written, char parsed) => written == parsed || (written == '\0' && parsed == '\uFFFD');

    private static void Replace(EditWriter writer, int start, int end, ReadOnlySpan<char> content)
    {
        var words = content.ToString().Split([' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries);
        if (content.Length > 0 && IsSpace(content[0]))
        {
            writer.Separate(Separators.Space);
        }

        writer.Substitute(start, end, string.Join(' ', words), ParsedReason);
        if (content.Length > 0 && IsSpace(content[^1]))
        {
            writer.Separate(Separators.Space);
        }
    }
}
