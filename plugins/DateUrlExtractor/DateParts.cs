namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>
/// The month, day and year of a span that <see cref="DatePatterns.DayMonthYear"/>, <see cref="DatePatterns.MonthDayYear"/>
/// or <see cref="DatePatterns.MonthYear"/> matched, read from the span itself instead of the match's groups: a
/// <see cref="System.Text.RegularExpressions.Match"/> and its groups are about a kilobyte of garbage each, the largest
/// share of what this step allocated. In such a span the month is the one run of three or more letters (a day's
/// suffix, <c>rd</c>, and <c>of</c> have two), the day the run of one or two digits, the year the run of four.
/// </summary>
internal readonly record struct DateParts(int MonthIndex, int MonthLength, int? Day, int? Year)
{
    public static DateParts Read(ReadOnlySpan<char> text, int start)
    {
        var (monthIndex, monthLength) = (-1, 0);
        int? day = null;
        int? year = null;
        var i = 0;
        while (i < text.Length)
        {
            var from = i;
            if (char.IsAsciiDigit(text[i]))
            {
                var value = 0;
                for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
                {
                    value = (value * 10) + (text[i] - '0');
                }

                if (i - from == 4)
                {
                    year = value;
                }
                else
                {
                    day = value;
                }
            }
            else if (char.IsAsciiLetter(text[i]))
            {
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                if (i - from >= 3)
                {
                    (monthIndex, monthLength) = (start + from, i - from);
                }
            }
            else
            {
                i++;
            }
        }

        return new DateParts(monthIndex, monthLength, day, year);
    }
}
