using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>
/// Drops letters drawn again on top of themselves, or a hair to the side, as some producers do for bold or
/// shadowed type; read as they stand, they would double every word ("FFeerrrryy").
/// </summary>
/// <remarks>Letters are bucketed by origin on a grid, so each is compared with its few neighbours only.</remarks>
internal static class Overdraw
{
    private const double Cell = 0.5;

    // Closer than this share of the letter's advance is the same glyph to the eye; a real neighbour is a whole advance away.
    private const double SameGlyph = 0.3;

    // Points; shadows and fake bold sit within a point or two, and a hostile width must not widen the search.
    private const double MaxReach = 3;

    public static IReadOnlyList<Letter> Remove(IReadOnlyList<Letter> letters)
    {
        var seen = new Dictionary<(string Value, long X, long Y), List<PdfPoint>>();
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value) || !IsCopy(seen, letter))
            {
                kept.Add(letter);
            }
        }

        return kept.Count == letters.Count ? letters : kept;
    }

    private static bool IsCopy(Dictionary<(string Value, long X, long Y), List<PdfPoint>> seen, Letter letter)
    {
        var origin = letter.StartBaseLine;
        var advance = SameGlyph * Math.Abs(letter.Width);
        var reach = double.IsFinite(advance) ? Math.Clamp(advance, 0.05, MaxReach) : 0.05;
        var (x, y) = ((long)Math.Floor(origin.X / Cell), (long)Math.Floor(origin.Y / Cell));
        var span = (long)Math.Ceiling(reach / Cell);
        for (var dx = -span; dx <= span; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                if (seen.TryGetValue((letter.Value, x + dx, y + dy), out var near)
                    && near.Exists(p => Math.Abs(p.X - origin.X) < reach && Math.Abs(p.Y - origin.Y) < Cell))
                {
                    return true;
                }
            }
        }

        if (!seen.TryGetValue((letter.Value, x, y), out var cell))
        {
            seen[(letter.Value, x, y)] = cell = [];
        }

        cell.Add(origin);
        return false;
    }
}
