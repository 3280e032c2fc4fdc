namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>One line of the text: [<see cref="Start"/>, <see cref="End"/>) without its line break, which ends at <see cref="Next"/>.</summary>
internal readonly record struct Line(int Start, int End, int Next)
{
    /// <summary>The line starting at <paramref name="start"/>; CRLF, CR and LF all end a line.</summary>
    public static Line At(string text, int start)
    {
        var found = text.AsSpan(start).IndexOfAny('\r', '\n');
        var end = found < 0 ? text.Length : start + found;
        var next = end == text.Length ? end : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return new Line(start, end, next);
    }

    /// <summary>The line whose break ends at <paramref name="next"/> (or, at the text's end, the last line without one); <paramref name="next"/> must be above 0.</summary>
    public static Line Before(string text, int next)
    {
        var end = next;
        if (text[end - 1] == '\n')
        {
            end -= end >= 2 && text[end - 2] == '\r' ? 2 : 1;
        }
        else if (text[end - 1] == '\r')
        {
            end--;
        }

        var start = text.AsSpan(0, end).LastIndexOfAny('\r', '\n') + 1;
        return new Line(start, end, next);
    }

    /// <summary>The line that the character at <paramref name="index"/> is on.</summary>
    public static Line Containing(string text, int index) => At(text, text.AsSpan(0, index).LastIndexOfAny('\r', '\n') + 1);

    /// <summary>The line's content without the blank characters around it.</summary>
    public ReadOnlySpan<char> Content(string text) => Blank.Trim(text.AsSpan(Start, End - Start));

    /// <summary>Where <see cref="Content"/> starts in the text.</summary>
    public int ContentStart(string text) => Start + (End - Start - Blank.TrimStart(text.AsSpan(Start, End - Start)).Length);
}
