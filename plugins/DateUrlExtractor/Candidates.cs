using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// Where a match of each pattern may start, found with vectorised searches for what every match must contain,
/// so that the patterns (anchored with <c>\G</c>) run at those few places instead of at every letter of the text.
/// Each list holds every position where its pattern could match (for dotted names: could match a bare domain), and
/// more: a position the pattern rejects costs one failed attempt; a position missing would lose a date or a URL.
/// </summary>
internal static class Candidates
{
    /// <summary>
    /// The first three letters of every month name and abbreviation in <see cref="Months.Pattern"/>. Ordinal ignore-case
    /// equals the patterns' ignore-case here: no non-ASCII letter folds to these letters (only the Kelvin sign folds, to k).
    /// </summary>
    private static readonly SearchValues<string> MonthPrefixes = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The decades' words in <see cref="DatePatterns.SpelledDecade"/>.</summary>
    private static readonly string[] DecadeWordList = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    private static readonly SearchValues<string> DecadeWords = SearchValues.Create(DecadeWordList, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The longest <c>early-</c> and <c>nineteen-</c> that <see cref="DatePatterns.SpelledDecade"/> takes before the decade's word.</summary>
    private const int LongestSpelledPrefix = 6 + 9;

    /// <summary>The longest a label may be in <see cref="UrlPatterns.DottedName"/>.</summary>
    private const int LongestLabel = 63;

    /// <summary>Every run of ASCII digits that no ASCII letter or digit precedes: where <c>\b[0-9]</c> may match.</summary>
    public static List<(int Start, int Length)> Numbers(string text)
    {
        var numbers = new List<(int Start, int Length)>();
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var run = span[at..].IndexOfAnyExceptInRange('0', '9');
            var length = run < 0 ? text.Length - at : run;
            if (at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]))
            {
                numbers.Add((at, length));
            }

            var next = run < 0 ? -1 : span[(at + length)..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + length + next;
        }

        return numbers;
    }

    /// <summary>Where <see cref="DatePatterns.Iso"/> may start: four digits, the first 1 or 2, then <c>-</c> or <c>/</c>.</summary>
    public static List<int> IsoStarts(string text, List<(int Start, int Length)> numbers)
    {
        var starts = new List<int>();
        foreach (var (start, length) in numbers)
        {
            if (length == 4 && text[start] is '1' or '2' && TextContext.At(text, start + 4) is '-' or '/')
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    /// <summary>Where <see cref="DatePatterns.BareYear"/> may start: four digits, the first 1 or 2 (a fifth digit would leave no <c>\b</c>).</summary>
    public static List<int> YearStarts(string text, List<(int Start, int Length)> numbers)
    {
        var starts = new List<int>();
        foreach (var (start, length) in numbers)
        {
            if (length == 4 && text[start] is '1' or '2')
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    /// <summary>
    /// Where <see cref="DatePatterns.DayMonthYear"/> may start: one or two digits (a third would leave no <c>\b</c>),
    /// perhaps two letters (<c>th</c>), then white space.
    /// </summary>
    public static List<int> DayStarts(string text, List<(int Start, int Length)> numbers)
    {
        var starts = new List<int>();
        foreach (var (start, length) in numbers)
        {
            var end = start + length;
            if (char.IsAsciiLetter(TextContext.At(text, end)) && char.IsAsciiLetter(TextContext.At(text, end + 1)))
            {
                end += 2;
            }

            if (length <= 2 && char.IsWhiteSpace(TextContext.At(text, end)))
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    /// <summary>
    /// Those of <paramref name="months"/> that a number follows, as in <see cref="DatePatterns.MonthDayYear"/> and
    /// <see cref="DatePatterns.MonthYear"/>: past the name, a full stop, white space, commas and <c>of</c>, a digit.
    /// </summary>
    public static List<int> MonthsBeforeNumbers(string text, List<int> months)
    {
        var starts = new List<int>();
        foreach (var start in months)
        {
            var at = start + AsciiWord(text, start).Length;
            at += TextContext.At(text, at) == '.' ? 1 : 0;
            at = SkipSpacesAndCommas(text, at);
            if (text.AsSpan(at).StartsWith("of", StringComparison.OrdinalIgnoreCase))
            {
                at = SkipSpacesAndCommas(text, at + 2);
            }

            if (char.IsAsciiDigit(TextContext.At(text, at)))
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    /// <summary>
    /// Where a month's name or abbreviation (<see cref="Months.Pattern"/>) may begin: a word of ASCII letters, no ASCII
    /// letter or digit before it, that begins a month's name. The word must be all of the name, as <c>\b</c> follows it.
    /// </summary>
    public static List<int> MonthStarts(string text)
    {
        var starts = new List<int>();
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(MonthPrefixes); at >= 0;)
        {
            var word = AsciiWord(span, at);
            if ((at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])) && Months.Number(word) > 0)
            {
                starts.Add(at);
            }

            var next = span[(at + word.Length)..].IndexOfAny(MonthPrefixes);
            at = next < 0 ? -1 : at + word.Length + next;
        }

        return starts;
    }

    /// <summary>
    /// Where <see cref="DatePatterns.NumericDecade"/> may start: at four digits or a quote and two digits followed by
    /// <c>s</c>, or up to <c>early-</c> before them.
    /// </summary>
    public static List<int> NumericDecadeStarts(string text, List<(int Start, int Length)> numbers)
    {
        var starts = new List<int>();
        foreach (var (start, length) in numbers)
        {
            if (length is 2 or 4 && TextContext.At(text, start + length) is 's' or 'S')
            {
                // "early-1990s" starts 6 before the digits, "early-'90s" 7.
                AddRange(starts, start - 7, start);
            }
        }

        return starts;
    }

    /// <summary>Where <see cref="DatePatterns.SpelledDecade"/> may start: at a decade's word, or up to <c>early-nineteen-</c> before it.</summary>
    public static List<int> SpelledDecadeStarts(string text)
    {
        var starts = new List<int>();
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(DecadeWords); at >= 0;)
        {
            // The decade's word is all of a run of ASCII letters: \b or [- ] before it, \b after it.
            var word = AsciiWord(span, at);
            if ((at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])) && IsDecadeWord(word))
            {
                for (var start = Math.Max(at - LongestSpelledPrefix, 0); start <= at; start++)
                {
                    if (char.IsAsciiLetter(text[start]) && (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])))
                    {
                        Add(starts, start);
                    }
                }
            }

            var next = span[(at + word.Length)..].IndexOfAny(DecadeWords);
            at = next < 0 ? -1 : at + word.Length + next;
        }

        return starts;
    }

    /// <summary>Where <see cref="UrlPatterns.Address"/> may start: four or five characters before <c>://</c>, and at <c>www.</c>.</summary>
    public static List<int> AddressStarts(string text)
    {
        var starts = new List<int>();
        var span = text.AsSpan();
        for (var at = span.IndexOf("://", StringComparison.Ordinal); at >= 0;)
        {
            AddRange(starts, at - 5, at - 4);
            var next = span[(at + 1)..].IndexOf("://", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        var schemes = starts.Count;
        for (var at = span.IndexOf("www.", StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            starts.Add(at);
            var next = span[(at + 1)..].IndexOf("www.", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (schemes > 0 && schemes < starts.Count)
        {
            starts.Sort();
        }

        return starts;
    }

    /// <summary>
    /// Where <see cref="UrlPatterns.DottedName"/> may start: in the run of label characters right before a dot that
    /// such a character follows, at most one label's length back, wherever no ASCII letter or digit comes just before.
    /// Left out: the names in a run of label characters and dots with no lower-case ASCII letter after its first such
    /// dot (<c>U.S.</c>, <c>J.C.P.O.A.</c>). None of their labels is a known top-level domain, so none is a bare
    /// domain, and as a name never runs past such a run, taking or leaving them changes no other name.
    /// </summary>
    public static List<int> DottedNameStarts(string text)
    {
        var starts = new List<int>();
        var span = text.AsSpan();
        var runEnd = -1;
        var lowerInRun = false;
        for (var dot = span.IndexOf('.'); dot >= 0;)
        {
            if (dot > 0 && dot + 1 < text.Length && MayBeInLabel(text[dot + 1]))
            {
                if (dot >= runEnd)
                {
                    // Each character is read once here, however many dots the run holds.
                    lowerInRun = false;
                    for (runEnd = dot + 1; runEnd < text.Length && (MayBeInLabel(text[runEnd]) || text[runEnd] == '.'); runEnd++)
                    {
                        lowerInRun |= char.IsAsciiLetterLower(text[runEnd]);
                    }
                }

                if (!lowerInRun)
                {
                    var after = span[runEnd..].IndexOf('.');
                    dot = after < 0 ? -1 : runEnd + after;
                    continue;
                }

                var first = dot;
                while (first > 0 && dot - first < LongestLabel && MayBeInLabel(text[first - 1]))
                {
                    first--;
                }

                for (var at = first; at < dot; at++)
                {
                    if (text[at] != '-' && (at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])))
                    {
                        starts.Add(at);
                    }
                }
            }

            var next = span[(dot + 1)..].IndexOf('.');
            dot = next < 0 ? -1 : dot + 1 + next;
        }

        return starts;
    }

    /// <summary>
    /// The matches of <paramref name="anchored"/> (a pattern starting with <c>\G</c>) tried at <paramref name="starts"/>
    /// in order, past the end of the last match: the matches a scan of the whole text finds, when the starts hold all of its.
    /// </summary>
    public static IEnumerable<Match> Matches(Regex anchored, string text, List<int> starts)
    {
        var next = 0;
        foreach (var start in starts)
        {
            if (start < next)
            {
                continue;
            }

            var match = anchored.Match(text, start);
            if (match.Success)
            {
                next = match.Index + match.Length;
                yield return match;
            }
        }
    }

    /// <summary>As <see cref="Matches"/>, for patterns whose groups are not read: (index, length) without allocating a match.</summary>
    public static List<(int Index, int Length)> Spans(Regex anchored, string text, List<int> starts)
    {
        var found = new List<(int Index, int Length)>();
        var next = 0;
        foreach (var start in starts)
        {
            if (start < next)
            {
                continue;
            }

            var matches = anchored.EnumerateMatches(text, start);
            if (matches.MoveNext())
            {
                var match = matches.Current;
                next = match.Index + match.Length;
                found.Add((match.Index, match.Length));
            }
        }

        return found;
    }

    /// <summary>The run of ASCII letters from <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> AsciiWord(ReadOnlySpan<char> text, int start)
    {
        var length = text[start..].IndexOfAnyExcept(AsciiLetters);
        return length < 0 ? text[start..] : text.Slice(start, length);
    }

    private static bool IsDecadeWord(ReadOnlySpan<char> word)
    {
        foreach (var decade in DecadeWordList)
        {
            if (word.Equals(decade, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What <c>[a-z0-9-]</c> matches ignoring case: the Kelvin sign is a <c>k</c>.</summary>
    private static bool MayBeInLabel(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '\u212A';

    private static int SkipSpacesAndCommas(string text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == ','))
        {
            at++;
        }

        return at;
    }

    private static void AddRange(List<int> starts, int from, int to)
    {
        for (var at = Math.Max(from, 0); at <= to; at++)
        {
            Add(starts, at);
        }
    }

    /// <summary>Adds <paramref name="at"/> unless an earlier hit's window already did; hits come in order, so the list stays sorted.</summary>
    private static void Add(List<int> starts, int at)
    {
        if (starts.Count == 0 || starts[^1] < at)
        {
            starts.Add(at);
        }
    }
}
