using System.Collections.Frozen;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>When a month name alone or a four-digit number is a date: the words that must come before it.</summary>
internal static class DateContext
{
    /// <summary>Words after which a month's name is that month: <c>in January</c>, <c>since March</c>, <c>last May</c>.</summary>
    public static readonly FrozenSet<string> BeforeMonth = Set(
        "in since until till by from through throughout during last next this early late mid before after of between each every");

    /// <summary>Words after which a four-digit number is a year: <c>in 2015</c>, <c>the 2015 deal</c>, <c>its 1979 revolution</c>.</summary>
    public static readonly FrozenSet<string> BeforeYear = Set("""
        in since until till by from through throughout during before after between circa ca c year early late mid of around
        spring summer autumn fall winter the its his her their our my your this that
        """);

    /// <summary>Words that join a second date to a first one: <c>2015 and 2017</c>, <c>January to March</c>.</summary>
    public static readonly FrozenSet<string> Joining = Set("and or to through till until");

    /// <summary>Words after a number that show it counts things: <c>2000 people</c>.</summary>
    private static readonly FrozenSet<string> CountNouns = Set("people men women children troops soldiers staff personnel feet km kg lb miles");

    /// <summary>Lower-case words ending in s that are not plural nouns.</summary>
    private static readonly FrozenSet<string> NotPlurals = Set("was has is as its his this thus towards afterwards whereas unless less across always perhaps");

    /// <summary>Whether the word after a four-digit number makes it a count rather than a year (<c>in 2000 cases</c>).</summary>
    public static bool Counts(string next)
    {
        if (next.Length == 0 || !char.IsLower(next[0]))
        {
            return false;
        }

        var lower = next.ToLowerInvariant();
        return CountNouns.Contains(lower) || (lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's' && !NotPlurals.Contains(lower));
    }

    /// <summary>A number not glued to other digits, signs or separators: not in <c>$2015</c>, <c>2015.5</c>, <c>1,2015</c>, <c>2015%</c>, <c>2015-16</c>.</summary>
    public static bool StandsAlone(string text, int start, int end)
    {
        var before = TextContext.At(text, start - 1);
        var after = TextContext.At(text, end);
        var digitBefore = char.IsDigit(TextContext.At(text, start - 2));
        var digitAfter = char.IsDigit(TextContext.At(text, end + 1));
        return before is not ('$' or '\u20AC' or '\u00A3' or '#' or '+')
            && !(before is '.' or ',' or ':' or '/' or '-' or '\u2013' && digitBefore)
            && after is not ('%' or '\u00B0')
            && !(after is '.' or ',' or ':' or '/' or '-' or '\u2013' && digitAfter);
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
