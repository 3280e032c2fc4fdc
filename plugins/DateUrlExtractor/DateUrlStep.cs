using Pipeline.Abstractions;

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
        dates.RemoveAll(date => Overlaps(urls, date));
        foreach (var found in urls.Concat(dates).OrderBy(f => f.Start))
        {
            var attributes = new Dictionary<string, string> { ["value"] = found.Value };
            if (found.Resolved is { } resolved)
            {
                attributes["resolved"] = resolved;
            }

            if (found.Mod is { } mod)
            {
                attributes["mod"] = mod;
            }

            context.Annotate(new Annotation { Type = found.Type, Start = found.Start, End = found.End, Attributes = attributes });
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Keeps, of each group of overlapping candidates, the longest, then the first.</summary>
    private static List<Found> Disjoint(IEnumerable<Found> candidates)
    {
        var kept = new List<Found>();
        foreach (var candidate in candidates.OrderBy(f => f.Start).ThenByDescending(f => f.Length))
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

    /// <summary>Whether <paramref name="date"/> overlaps one of the sorted, disjoint <paramref name="urls"/>.</summary>
    private static bool Overlaps(List<Found> urls, Found date)
    {
        var index = urls.BinarySearch(date, Comparer<Found>.Create((a, b) => a.End <= b.Start ? -1 : a.Start >= b.End ? 1 : 0));
        return index >= 0;
    }
}
