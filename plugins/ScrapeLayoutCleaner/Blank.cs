using System.Buffers;
using System.Text;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>
/// White space as scrapes have it: every Unicode white space (non-breaking spaces included) and the
/// zero-width characters that ride along with it, so the rules work before and after the whitespace cleaner.
/// </summary>
internal static class Blank
{
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, and U+200B, U+200C, U+200D, U+2060, U+FEFF.</summary>
    public static SearchValues<char> Characters { get; } = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')]);

    // Nearly every character is ASCII; a table answers for those without the set's general lookup.
    private static readonly bool[] Ascii = [.. Enumerable.Range(0, 128).Select(i => Characters.Contains((char)i))];

    public static bool Is(char c) => c < 128 ? Ascii[c] : Characters.Contains(c);

    /// <summary>The index of the first character that is not blank, or -1.</summary>
    /// <remarks>A plain loop: the span's own IndexOfAnyExcept and LastIndexOfAnyExcept cost a microsecond a call with this set, and the rules make one call per line.</remarks>
    public static int IndexOfNonBlank(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (!Is(span[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the last character that is not blank, or -1.</summary>
    public static int LastIndexOfNonBlank(ReadOnlySpan<char> span)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            if (!Is(span[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (i < span.Length && Is(span[i]))
        {
            i++;
        }

        return span[i..];
    }

    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> span)
    {
        span = TrimStart(span);
        var end = span.Length;
        while (end > 0 && Is(span[end - 1]))
        {
            end--;
        }

        return span[..end];
    }

    /// <summary>The span trimmed, with each run of blank characters inside it turned into one space: how a value reads.</summary>
    public static string Collapse(ReadOnlySpan<char> span)
    {
        span = Trim(span);
        var collapsed = new StringBuilder(span.Length);
        var inRun = false;
        foreach (var c in span)
        {
            if (Is(c))
            {
                inRun = true;
                continue;
            }

            if (inRun)
            {
                collapsed.Append(' ');
                inRun = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
