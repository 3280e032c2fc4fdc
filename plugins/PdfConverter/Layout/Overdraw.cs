using UglyToad.PdfPig.Content;

namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>
/// Drops letters drawn again on top of themselves, as some producers do for bold or shadowed type; read as
/// they stand, they would double every word ("HHeeaaddlliinnee").
/// </summary>
internal static class Overdraw
{
    // Half a point: close enough to be one glyph to the eye, far enough apart not to catch neighbours.
    private const double Grid = 2.0;

    public static IReadOnlyList<Letter> Remove(IReadOnlyList<Letter> letters)
    {
        var seen = new HashSet<(string Value, long X, long Y)>(letters.Count);
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            var origin = letter.StartBaseLine;
            if (string.IsNullOrWhiteSpace(letter.Value) || seen.Add((letter.Value, (long)Math.Round(origin.X * Grid), (long)Math.Round(origin.Y * Grid))))
            {
                kept.Add(letter);
            }
        }

        return kept.Count == letters.Count ? letters : kept;
    }
}
