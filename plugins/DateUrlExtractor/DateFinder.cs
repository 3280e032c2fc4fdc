using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// Finds dates and gives each an ISO 8601 value as precise as the text: <c>2018-03-03</c>, <c>2018-03</c>,
/// <c>2015</c>, a decade <c>199</c>. A month and day without a year take it from the publication date when
/// there is one (the nearest such day to it), and otherwise leave it out (<c>--02-26</c>, <c>--01</c>).
/// The spans are the date expressions themselves, without the preposition that shows them to be dates.
/// </summary>
internal sealed class DateFinder
{
    private readonly string _text;
    private readonly ReferenceDate? _published;
    // Room for an article's dates from the start: growing a list from 4 copies it several times.
    private readonly List<Found> _found = new(32);
    private readonly List<(int Start, int End)> _impossible = [];

    private DateFinder(string text, ReferenceDate? published)
    {
        _text = text;
        _published = published;
    }

    /// <summary>Every date candidate, overlapping ones included; the longest wins later.</summary>
    public static List<Found> Find(string text, ReferenceDate? published, CancellationToken cancellationToken)
    {
        var finder = new DateFinder(text, published);
        var numbers = Candidates.Numbers(text);
        var months = Candidates.MonthStarts(text);
        var monthsBeforeNumbers = Candidates.MonthsBeforeNumbers(text, months);
        Action[] passes =
        [
            () => finder.Iso(Candidates.IsoStarts(text, numbers)),
            () => finder.Named(DatePatterns.DayMonthYear, Candidates.DayStarts(text, numbers)),
            () => finder.Named(DatePatterns.MonthDayYear, monthsBeforeNumbers),
            () => finder.Named(DatePatterns.MonthYear, monthsBeforeNumbers),
            () => finder.MonthsAlone(months),
            () => finder.Years(Candidates.YearStarts(text, numbers)),
            () => finder.Decades(DatePatterns.NumericDecade, Candidates.NumericDecadeStarts(text, numbers)),
            () => finder.Decades(DatePatterns.SpelledDecade, Candidates.SpelledDecadeStarts(text)),
        ];
        foreach (var pass in passes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pass();
        }

        finder.DropImpossible();
        return finder._found;
    }

    /// <summary>Dates with a month and a day or a year, or both, written with the month's name.</summary>
    private void Named(Regex pattern, List<int> starts)
    {
        foreach (var (index, length) in Candidates.Spans(pattern, _text, starts))
        {
            var parts = DateParts.Read(_text.AsSpan(index, length), index);
            var month = parts.MonthLength == 0 ? 0 : Months.Number(_text.AsSpan(parts.MonthIndex, parts.MonthLength));
            if (month == 0 || !char.IsUpper(_text[parts.MonthIndex]))
            {
                continue;
            }

            AddWithDayOrYear(index, length, parts.Year, month, parts.Day, time: null);
        }
    }

    /// <summary>ISO 8601 dates, with the time when one is written.</summary>
    private void Iso(List<int> starts)
    {
        foreach (var match in Candidates.Matches(DatePatterns.Iso, _text, starts))
        {
            var month = int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                continue;
            }

            var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            AddWithDayOrYear(match.Index, match.Length, year, month, day, TimeOfDay.OfIso(match));
        }
    }

    /// <summary>Records a date with a month and a day or a year; a day its month cannot have makes the span no date at all.</summary>
    private void AddWithDayOrYear(int index, int length, int? year, int month, int? day, string? time)
    {
        if (day is { } d && (d < 1 || d > Months.DaysIn(month, year)))
        {
            // No part of "31 February 2019" is a date either; "March 32 people" may still hold "March".
            if (year is not null)
            {
                _impossible.Add((index, index + length));
            }

            return;
        }

        if (day is null && year is null)
        {
            return;
        }

        Add(index, index + length, year, month, day, time);
    }

    /// <summary>A month's full name, capitalised, after a word such as <c>in</c>, or joined to such a month.</summary>
    private void MonthsAlone(List<int> starts)
    {
        var lastEnd = -1;
        foreach (var (index, length) in Candidates.Spans(DatePatterns.Month, _text, starts))
        {
            if (!char.IsUpper(_text[index]))
            {
                continue;
            }

            var before = TextContext.WordBefore(_text, TrimMid(index), out _);
            var joined = lastEnd >= 0 && index - lastEnd < 16 && DateContext.Joining.Contains(before);
            if (!joined && !DateContext.BeforeMonth.Contains(before))
            {
                continue;
            }

            var month = Months.Number(_text.AsSpan(index, length));
            Add(index, index + length, null, month, null, time: null, modifier: before);
            lastEnd = index + length;
        }
    }

    /// <summary>Four-digit numbers that are years by the word before them, and not counts by the word after.</summary>
    private void Years(List<int> starts)
    {
        var lastEnd = -1;
        foreach (var (index, length) in Candidates.Spans(DatePatterns.BareYear, _text, starts))
        {
            var (start, end) = (index, index + length);
            if (!DateContext.StandsAlone(_text, start, end))
            {
                continue;
            }

            var before = TextContext.WordBefore(_text, TrimMid(start), out var punctuation);
            var bracketed = punctuation == '(' && TextContext.At(_text, end) == ')';
            var joined = lastEnd >= 0 && start - lastEnd < 16 && DateContext.Joining.Contains(before);
            var possessive = before == "s" && TextContext.At(_text, start - 3) is '\'' or '\u2019';
            if ((bracketed || joined || possessive || DateContext.BeforeYear.Contains(before)) && !DateContext.Counts(TextContext.WordAfter(_text, end)))
            {
                _found.Add(new Found("date", start, end, _text[start..end]));
                lastEnd = end;
            }
        }
    }

    /// <summary>Decades: <c>the 1990s</c> whatever comes before; <c>the '90s</c> and <c>the nineties</c> only after <c>the</c>, as <c>her forties</c> is an age.</summary>
    private void Decades(Regex pattern, List<int> starts)
    {
        foreach (var match in Candidates.Matches(pattern, _text, starts))
        {
            var mod = match.Groups["mod"].Success ? match.Groups["mod"].Value.ToLowerInvariant() : null;
            if (match.Groups["decade"].Success)
            {
                _found.Add(new Found("date", match.Index, match.Index + match.Length, match.Groups["decade"].Value[..3], Mod: mod));
                continue;
            }

            if (TextContext.WordBefore(_text, match.Index, out _) != "the")
            {
                continue;
            }

            var decade = match.Groups["short"].Success
                ? int.Parse(match.Groups["short"].ValueSpan, CultureInfo.InvariantCulture)
                : SpelledDecade(match.Groups["word"].Value);
            var (first, resolved) = match.Groups["century"].Success
                ? (CenturyOf(match.Groups["century"].Value) + decade, null)
                : _published is { } published ? (published.DecadeOf(decade), "published") : (1900 + decade, "assumed");
            _found.Add(new Found("date", match.Index, match.Index + match.Length, (first / 10).ToString(CultureInfo.InvariantCulture), resolved, mod));
        }
    }

    /// <summary>Drops the candidates that overlap an impossible date, by binary search in the impossible spans sorted by start.</summary>
    private void DropImpossible()
    {
        if (_impossible.Count == 0)
        {
            return;
        }

        var spans = _impossible.OrderBy(span => span.Start).ToArray();
        var starts = Array.ConvertAll(spans, span => span.Start);
        var longest = spans.Max(span => span.End - span.Start);
        _found.RemoveAll(found =>
        {
            // A span that overlaps [Start, End) starts before End, and no earlier than Start - longest.
            var index = Array.BinarySearch(starts, found.Start - longest);
            for (index = index < 0 ? ~index : index; index < spans.Length && spans[index].Start < found.End; index++)
            {
                if (spans[index].End > found.Start)
                {
                    return true;
                }
            }

            return false;
        });
    }

    private void Add(int start, int end, int? year, int month, int? day, string? time, string? modifier = null)
    {
        string? resolved = null;
        if (year is null && _published is { } published)
        {
            year = published.YearOf(month, day, modifier);
            resolved = "published";
        }

        if (year is not null && day is not null && time is null)
        {
            time = TimeOfDay.After(_text, end, out var timeEnd);
            end = time is null ? end : timeEnd;
        }

        var value = (year, day) switch
        {
            ({ } y2, { } d2) => string.Create(CultureInfo.InvariantCulture, $"{y2:0000}-{month:00}-{d2:00}"),
            ({ } y2, null) => string.Create(CultureInfo.InvariantCulture, $"{y2:0000}-{month:00}"),
            (null, { } d2) => string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{d2:00}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"--{month:00}"),
        };
        _found.Add(new Found("date", start, end, time is null ? value : value + "T" + time, resolved));
    }

    /// <summary>Looks past <c>mid-</c> in <c>mid-2015</c> and <c>mid-January</c>, so that <c>mid</c> counts as the word before.</summary>
    private int TrimMid(int start) => TextContext.At(_text, start - 1) is '-' && start >= 4 && _text.AsSpan(start - 4, 3).Equals("mid", StringComparison.OrdinalIgnoreCase) ? start - 1 : start;

    private static int CenturyOf(string word) => word.ToLowerInvariant() switch
    {
        "eighteen" => 1800,
        "nineteen" => 1900,
        _ => 2000,
    };

    private static int SpelledDecade(string word) => word.ToLowerInvariant() switch
    {
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        _ => 90,
    };
}
