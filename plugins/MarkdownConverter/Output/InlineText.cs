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
        Span<int> at = content.Length <= 256 ? stackalloc int[content.Length] : new int[content.Length];
        if (!Align(source, start, end, content, loose: false, at) && !Align(source, start, end, content, loose: true, at))
        {
            Replace(writer, start, end, content);
            return;
        }

        var run = -1;
        var runEnd = -1;
        for (var j = 0; j < content.Length; j++)
        {
            var i = at[j];
            if (i < 0)
            {
                KeepRun(writer, ref run, runEnd);
                writer.Separate(Separators.Space);
            }
            else if (source[i] != content[j])
            {
                KeepRun(writer, ref run, runEnd);
                writer.Substitute(i, i + 1, content[j].ToString(), ParsedReason);
            }
            else
            {
                if (run >= 0 && i != runEnd)
                {
                    KeepRun(writer, ref run, runEnd);
                }

                run = run < 0 ? i : run;
                runEnd = i + 1;
            }
        }

        KeepRun(writer, ref run, runEnd);
    }

    /// <summary>Markdown's white space: what separates words, as opposed to a no-break space, which is text.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>Whether every character of the content but white space is found in [<paramref name="start"/>, <paramref name="end"/>) in order, with only white space and backslashes between (anything, when loose).</summary>
    public static bool Aligns(string source, int start, int end, ReadOnlySpan<char> content, bool loose) =>
        Align(source, start, end, content, loose, []);

    /// <summary>Finds the content's characters in the source, first match first, noting in <paramref name="at"/> (when given) where each is; -1 for white space.</summary>
    private static bool Align(string source, int start, int end, ReadOnlySpan<char> content, bool loose, Span<int> at)
    {
        var i = start;
        for (var j = 0; j < content.Length; j++)
        {
            if (IsSpace(content[j]))
            {
                Note(at, j, -1);
                continue;
            }

            // A surrogate pair is looked for whole, so that no edit falls between its halves.
            var width = char.IsHighSurrogate(content[j]) && j + 1 < content.Length && char.IsLowSurrogate(content[j + 1]) ? 2 : 1;
            var unit = content.Slice(j, width);
            while (i < end && !Found(source, i, end, unit) && (loose || IsSpace(source[i]) || source[i] == '\\'))
            {
                i++;
            }

            if (i >= end || !Found(source, i, end, unit))
            {
                return false;
            }

            for (var k = 0; k < width; k++)
            {
                Note(at, j + k, i + k);
            }

            i += width;
            j += width - 1;
        }

        return true;
    }

    private static void Note(Span<int> at, int index, int position)
    {
        if (!at.IsEmpty)
        {
            at[index] = position;
        }
    }

    private static bool Found(string source, int i, int end, ReadOnlySpan<char> unit) =>
        unit.Length == 1 ? Same(source[i], unit[0]) : i + 1 < end && source[i] == unit[0] && source[i + 1] == unit[1];

    private static void KeepRun(EditWriter writer, ref int run, int runEnd)
    {
        if (run >= 0)
        {
            writer.Keep(run, runEnd);
            run = -1;
        }
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
