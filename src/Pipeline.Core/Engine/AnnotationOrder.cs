using Pipeline.Abstractions;

namespace Pipeline.Core.Engine;

/// <summary>
/// Keeps a document's annotations ordered by start, then end, and otherwise in the order they were made: the
/// order a stable sort of earlier annotations followed by a step's new ones gives, without sorting them all
/// after every step.
/// </summary>
internal static class AnnotationOrder
{
    /// <summary>The list itself when already in order (the usual case: steps annotate front to back), else a stably sorted copy.</summary>
    public static List<Annotation> Sorted(List<Annotation> annotations)
    {
        for (var i = 1; i < annotations.Count; i++)
        {
            if (Before(annotations[i], annotations[i - 1]))
            {
                return [.. annotations.OrderBy(a => a.Start).ThenBy(a => a.End)];
            }
        }

        return annotations;
    }

    /// <summary>Merges two ordered lists; on equal spans the earlier annotations come first.</summary>
    public static List<Annotation> Merge(List<Annotation> earlier, List<Annotation> added)
    {
        if (added.Count == 0)
        {
            return earlier;
        }

        var merged = new List<Annotation>(earlier.Count + added.Count);
        var (i, j) = (0, 0);
        while (i < earlier.Count && j < added.Count)
        {
            merged.Add(Before(added[j], earlier[i]) ? added[j++] : earlier[i++]);
        }

        for (; i < earlier.Count; i++)
        {
            merged.Add(earlier[i]);
        }

        for (; j < added.Count; j++)
        {
            merged.Add(added[j]);
        }

        return merged;
    }

    private static bool Before(Annotation a, Annotation b) => a.Start < b.Start || (a.Start == b.Start && a.End < b.End);
}
