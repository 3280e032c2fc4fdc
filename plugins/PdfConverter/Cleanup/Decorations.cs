using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Plugins.PdfConverter.Layout;

namespace Pipeline.Plugins.PdfConverter.Cleanup;

/// <summary>
/// Finds what the printer put on every page rather than the author: page numbers, and running headers and
/// footers, lines in a page's top or bottom margin whose text, digits aside, comes back in the same margin of
/// other pages.
/// </summary>
internal static partial class Decorations
{
    public const string HeaderReason = "pdf: running header";
    public const string FooterReason = "pdf: running footer";
    public const string PageNumberReason = "pdf: page number";

    /// <summary>The lines to remove, by index into <paramref name="lines"/>, with the reason for each.</summary>
    public static Dictionary<int, string> Find(IReadOnlyList<PageLayout> pages, IReadOnlyList<SourceLine> lines, CancellationToken cancellationToken)
    {
        var found = new Dictionary<int, string>();
        var candidates = new List<(int Line, Margin Margin, string Key)>();
        var pagesOf = new Dictionary<(Margin, string), HashSet<int>>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var margin = Margins.Of(line.Line.Box, pages[line.Page].Bounds);
            if (margin == Margin.None)
            {
                continue;
            }

            if (PageNumber().IsMatch(line.Text))
            {
                found[i] = PageNumberReason;
                continue;
            }

            var key = Normalise(line.Text);
            candidates.Add((i, margin, key));
            if (!pagesOf.TryGetValue((margin, key), out var seenOn))
            {
                pagesOf[(margin, key)] = seenOn = [];
            }

            seenOn.Add(line.Page);
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Two pages of a short document are evidence enough; a longer one must show it three times.
        var enough = pages.Count <= 5 ? 2 : 3;
        foreach (var (line, margin, key) in candidates)
        {
            if (pagesOf[(margin, key)].Count >= enough)
            {
                found[line] = margin == Margin.Top ? HeaderReason : FooterReason;
            }
        }

        return found;
    }

    /// <summary>Lower case, every run of digits one <c>#</c>, so that "Page 2 of 9" and "Page 3 of 9" are the same line.</summary>
    private static string Normalise(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.ToLower(CultureInfo.InvariantCulture))
        {
            var mark = char.IsDigit(c) ? '#' : c;
            if (mark != '#' || key.Length == 0 || key[^1] != '#')
            {
                key.Append(mark);
            }
        }

        return key.ToString();
    }

    [GeneratedRegex(@"^(?:(?:page|p\.|pg\.?)\s*)?[-–—(\[]?\s*\d{1,5}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,5})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
