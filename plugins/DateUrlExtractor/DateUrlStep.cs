using Pipeline.Abstractions;
using Pipeline.Plugins.Shared.Attributes;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>Finds URLs first, then the dates outside them; where candidates overlap, the longest (then the first) wins.</summary>
internal sealed class DateUrlStep : IStep
{
    private readonly DateUrlOptions _options;

    public DateUrlStep(DateUrlOptions options) => _options = options;

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var urls = _options.Urls ? Disjoint(UrlFinder.Find(text, _options.BareDomains)) : [];
        cancellationToken.ThrowIfCancellationRequested();
        var dates = _options.Dates ? Disjoint(DateFinder.Find(text, ReferenceDate.Parse(context.Metadata.GetValueOrDefault(_options.PublishedKey)), cancellationToken)) : [];

        // Both lists are sorted and disjoint: one sweep drops the dates inside URLs and annotates in text order.
        var overlapping = 0;
        var written = 0;
        foreach (var date in dates)
        {
            while (overlapping < urls.Count && urls[overlapping].End <= date.Start)
            {
                overlapping++;
            }

            if (overlapping < urls.Count && urls[overlapping].Start < date.End)
            {
                continue;
            }

            for (; written < urls.Count && urls[written].Start < date.Start; written++)
            {
                Annotate(context, urls[written]);
            }

            Annotate(context, date);
        }

        for (; written < urls.Count; written++)
        {
            Annotate(context, urls[written]);
        }

        return ValueTask.CompletedTask;
    }

    private static void Annotate(IStepContext context, Found found)
    {
        var attributes = new SmallAttributes("value", found.Value, "resolved", found.Resolved, "mod", found.Mod);
        context.Annotate(new Annotation { Type = found.Type, Start = found.Start, End = found.End, Attributes = attributes });
    }

    /// <summary>Keeps, of each group of overlapping candidates, the longest, then the first.</summary>
    private static List<Found> Disjoint(List<Found> candidates)
    {
        // By start, longest first, and in the order found among equals: an unstable sort needs the index to stay stable.
        var sorted = new (Found Found, int Index)[candidates.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = (candidates[i], i);
        }

        Array.Sort(sorted, static (a, b) =>
            a.Found.Start != b.Found.Start ? a.Found.Start.CompareTo(b.Found.Start)
            : a.Found.Length != b.Found.Length ? b.Found.Length.CompareTo(a.Found.Length)
            : a.Index.CompareTo(b.Index));

        var kept = new List<Found>(sorted.Length);
        foreach (var (candidate, _) in sorted)
        {
            if (kept.Count > 0 && kept[^1].Overlaps(candidate.Start, candidate.End))
            {
                if (candidate.Length > kept[^1].Length)
                {
                    kept[^1] = candidate;
                }

                continue;
            }

            kept.Add(candidate);
        }

        return kept;
    }
}
