using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// Where a match of each pattern may start, found with vectorised searches for what every match must contain,
/// so that the patterns (anchored with <c>\G</c>) run at those few places instead of at every letter of the text.
/// Each list holds every position where a match that matters could start (one that gives a date or a URL, or that
/// swallows the start of one), and more: a position the pattern rejects costs one failed attempt; a position
/// missing would lose a date or a URL.
/// </summary>
internal static class Candidates
{
    /// <summary>The decades' words in <see cref="DatePatterns.SpelledDecade"/>; each ends in <c>ties</c>, 3 to 5 letters after its start.</summary>
    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    // Searched with SearchValues rather than IndexOf(..., OrdinalIgnoreCase): the host runs with invariant
    // globalization, where that IndexOf compares character by character instead of vectorised.
    private static readonly SearchValues<string> Ties = SearchValues.Create(["ties"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Www = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>The longest <c>early-</c> and <c>nineteen-</c> that <see cref="DatePatterns.SpelledDecade"/> takes before the decade's word.</summary>
    private const int LongestSpelledPrefix = 6 + 9;

    /// <summary>Room for the candidates of an ordinary article from the start: growing a list from 4 copies it several times.</summary>
    private const int ScanCapacity = 32;

    /// <summary>The longest a label may be in <see cref="UrlPatterns.DottedName"/>.</summary>
    private const int LongestLabel = 63;

    /// <summary>Every run of ASCII digits that no ASCII letter or digit precedes: where <c>\b[0-9]</c> may match.</summary>
    public static List<(int Start, int Length)> Numbers(string text)
    {
        var numbers = new List<(int Start, int Length)>(ScanCapacity);
        var digits = new AnyOf(text, "01234", "56789");
        for (var at = digits.From(0); at >= 0; at = digits.From(at))
        {
            var start = at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            if (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                numbers.Add((start, at - start));
            }
        }

        return numbers;
    }

    /// <summary>Where <see cref="DatePatterns.Iso"/> may start: four digits, the first 1 or 2, then <c>-</c> or <c>/</c>.</summary>
    public static List<int> IsoStarts(string text, List<(int Start, int Length)> numbers)
    {
        var starts = new List<int>(numbers.Count);
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
        var starts = new List<int>(numbers.Count);
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
        var starts = new List<int>(numbers.Count);
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
        var starts = new List<int>(months.Count);
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
    /// Where a month's name or abbreviation (<see cref="Months.Pattern"/>) may begin a date: a capital, no ASCII letter or
    /// digit before it, starting a word of ASCII letters that begins a month's name (all of the word, as <c>\b</c> follows
    /// it). <see cref="DateFinder"/> takes no month in lower case (<c>may</c>, <c>march</c>), and a match in lower case
    /// swallows no capital that another could start with, so leaving those out changes nothing.
    /// </summary>
    public static List<int> MonthStarts(string text)
    {
        var starts = new List<int>(ScanCapacity);
        var capitals = new AnyOf(text, "ADFJ", "MNOS");
        for (var at = capitals.From(0); at >= 0; at = capitals.From(at + 1))
        {
            if ((at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])) && BeginsMonthName(text, at) && Months.Number(AsciiWord(text, at)) > 0)
            {
                starts.Add(at);
            }
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
        var starts = new List<int>(ScanCapacity);
        for (var ties = IndexOf(text, 0, Ties); ties >= 0; ties = IndexOf(text, ties + 1, Ties))
        {
            // The decade's word is all of a run of ASCII letters: \b or [- ] before it, \b after it.
            var word = ties;
            while (word > 0 && ties - word < 5 && char.IsAsciiLetter(text[word - 1]))
            {
                word--;
            }

            if ((word == 0 || !char.IsAsciiLetterOrDigit(text[word - 1])) && IsDecadeWord(AsciiWord(text, word)))
            {
                for (var start = Math.Max(word - LongestSpelledPrefix, 0); start <= word; start++)
                {
                    if (char.IsAsciiLetter(text[start]) && (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])))
                    {
                        Add(starts, start);
                    }
                }
            }
        }

        return starts;
    }

    /// <summary>Where <see cref="UrlPatterns.Address"/> may start: at the <c>http</c> or <c>https</c> that <c>://</c> ends, and at <c>www.</c>.</summary>
    public static List<int> AddressStarts(string text)
    {
        var starts = new List<int>(ScanCapacity);
        var span = text.AsSpan();
        for (var at = span.IndexOf("://", StringComparison.Ordinal); at >= 0;)
        {
            switch (TextContext.At(text, at - 1))
            {
                case 's' or 'S' when at >= 5:
                    starts.Add(at - 5);
                    break;
                case 'p' or 'P' when at >= 4:
                    starts.Add(at - 4);
                    break;
            }

            var next = span[(at + 1)..].IndexOf("://", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        var schemes = starts.Count;
        for (var at = IndexOf(text, 0, Www); at >= 0; at = IndexOf(text, at + 1, Www))
        {
            starts.Add(at);
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
        var starts = new List<int>(ScanCapacity);
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
        var found = new List<(int Index, int Length)>(starts.Count);
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
    private static ReadOnlySpan<char> AsciiWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>Whether the three letters at <paramref name="at"/> begin a month's name, in any case: a cheap test before <see cref="Months.Number"/>.</summary>
    private static bool BeginsMonthName(string text, int at)
    {
        if (at + 3 > text.Length)
        {
            return false;
        }

        var second = (char)(text[at + 1] | 0x20);
        var third = (char)(text[at + 2] | 0x20);
        return (char)(text[at] | 0x20) switch
        {
            'j' => (second, third) is ('a', 'n') or ('u', 'n') or ('u', 'l'),
            'f' => (second, third) is ('e', 'b'),
            'm' => (second, third) is ('a', 'r') or ('a', 'y'),
            'a' => (second, third) is ('p', 'r') or ('u', 'g'),
            's' => (second, third) is ('e', 'p'),
            'o' => (second, third) is ('c', 't'),
            'n' => (second, third) is ('o', 'v'),
            'd' => (second, third) is ('e', 'c'),
            _ => false,
        };
    }

    private static bool IsDecadeWord(ReadOnlySpan<char> word)
    {
        foreach (var decade in DecadeWords)
        {
            if (word.Equals(decade, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(string text, int from, SearchValues<string> value)
    {
        var at = text.AsSpan(from).IndexOfAny(value);
        return at < 0 ? -1 : from + at;
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

    /// <summary>
    /// Finds, in order, the characters of two sets of up to five, each searched for on its own: searches for up to
    /// five characters are vectorised and optimised from the start, where SearchValues and ranges
    /// (<c>IndexOfAnyInRange</c>) run for many documents as slow, allocating tier-0 code before the JIT optimises them.
    /// </summary>
    private struct AnyOf(string text, string first, string second)
    {
        // The next hit of each set at or after the last position asked for; -1 when there is none; -2 before the first search.
        private int _first = -2;
        private int _second = -2;

        /// <summary>The first position at or after <paramref name="from"/> holding a character of either set, or -1.</summary>
        public int From(int from)
        {
            _first = _first == -1 || _first >= from ? _first : Next(from, first);
            _second = _second == -1 || _second >= from ? _second : Next(from, second);
            return _first < 0 ? _second : _second < 0 ? _first : Math.Min(_first, _second);
        }

        private readonly int Next(int from, string chars)
        {
            var at = from < text.Length ? text.AsSpan(from).IndexOfAny(chars) : -1;
            return at < 0 ? -1 : from + at;
        }
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
