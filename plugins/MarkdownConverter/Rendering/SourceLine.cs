using Markdig.Helpers;

namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>Where a line of a block's text lies in the source.</summary>
/// <remarks>
/// The parser's line slices point into the source, except where it had to rewrite the line (a tab that opens a
/// code block inside a list is partly expanded into spaces): then the slice is a copy and only the line's
/// position is known.
/// </remarks>
internal readonly record struct SourceLine(int Start, int End, string Indent)
{
    /// <summary>
    /// The source range holding the line's text; when the parser rewrote white space at the line's start, the range
    /// holds the rest, and <see cref="Indent"/> is the white space to write before it. Null when the line cannot be found.
    /// </summary>
    public static SourceLine? Find(string source, StringLine line)
    {
        var slice = line.Slice;
        var text = slice.AsSpan();
        if (text.IsEmpty)
        {
            return null;
        }

        var start = slice.Start;
        var end = slice.End + 1;
        if (start >= 0 && end <= source.Length && source.AsSpan(start, end - start).SequenceEqual(text))
        {
            return new SourceLine(start, end, string.Empty);
        }

        if (line.Position < 0 || line.Position >= source.Length)
        {
            return null;
        }

        var lineEnd = EndOf(source, line.Position);
        var rest = text.TrimStart(" \t");
        var restStart = lineEnd - rest.Length;
        return !rest.IsEmpty && restStart >= line.Position && source.AsSpan(restStart, rest.Length).SequenceEqual(rest)
            ? new SourceLine(restStart, lineEnd, text[..^rest.Length].ToString())
            : null;
    }

    /// <summary>Where the source line holding <paramref name="position"/> ends, before its line break.</summary>
    public static int EndOf(string source, int position) =>
        source.AsSpan(position).IndexOfAny('\r', '\n') is >= 0 and var length ? position + length : source.Length;
}
