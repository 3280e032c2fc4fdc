using System.Buffers;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>Straightens typographic quotes: ‘ and ’ become ', “ and ” become ".</summary>
internal static class Quotes
{
    private static readonly string Reason = Reasons.For(Rule.Quote);

    public static SearchValues<char> Typographic { get; } = SearchValues.Create("\u2018\u2019\u201C\u201D");

    /// <summary>Records one edit per typographic quote in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static void Rewrite(IStepContext context, int start, int end)
    {
        var text = context.Text;
        var position = start;
        while (position < end)
        {
            var found = text.AsSpan(position, end - position).IndexOfAny(Typographic);
            if (found < 0)
            {
                return;
            }

            position += found;
            context.Replace(position, 1, Straight(text[position]), Reason);
            position++;
        }
    }

    /// <summary>Straightens the quotes in <paramref name="chars"/> in place; whether there were any.</summary>
    public static bool Straighten(Span<char> chars)
    {
        var any = false;
        var found = chars.IndexOfAny(Typographic);
        while (found >= 0)
        {
            chars[found] = Straight(chars[found])[0];
            any = true;
            var next = chars[(found + 1)..].IndexOfAny(Typographic);
            found = next < 0 ? -1 : found + 1 + next;
        }

        return any;
    }

    private static string Straight(char quote) => quote is '\u201C' or '\u201D' ? "\"" : "'";
}
