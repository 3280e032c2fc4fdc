using Pipeline.Core.Text;

namespace Pipeline.Core.Engine;

/// <summary>Checks what a step recorded before the engine applies it, so that a faulty plugin fails alone.</summary>
internal static class StepOutputCheck
{
    public static IReadOnlyList<TextEdit> Sorted(List<TextEdit> edits)
    {
        var inOrder = true;
        for (var i = 1; i < edits.Count && inOrder; i++)
        {
            inOrder = edits[i - 1].Start < edits[i].Start || (edits[i - 1].Start == edits[i].Start && edits[i - 1].End <= edits[i].End);
        }

        if (inOrder)
        {
            return edits;
        }

        // Stable: insertions at one position keep the order the step made them in.
        return [.. edits.Select((edit, index) => (edit, index)).OrderBy(e => e.edit.Start).ThenBy(e => e.edit.End).ThenBy(e => e.index).Select(e => e.edit)];
    }

    /// <summary>The first problem in what the step recorded (its edits sorted by <see cref="Sorted"/>), or null.</summary>
    public static string? Find(StepContext context, IReadOnlyList<TextEdit> edits)
    {
        var text = context.Text;
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            if (i > 0 && edit.Start < edits[i - 1].End)
            {
                return $"edits [{edits[i - 1].Start}, {edits[i - 1].End}) and [{edit.Start}, {edit.End}) overlap";
            }

            if (SplitsPair(text, edit.Start) || SplitsPair(text, edit.End))
            {
                return $"edit [{edit.Start}, {edit.End}) splits a surrogate pair";
            }
        }

        foreach (var annotation in context.Added)
        {
            if (string.IsNullOrWhiteSpace(annotation.Type))
            {
                return $"annotation [{annotation.Start}, {annotation.End}) has no type";
            }

            if (annotation.Start < 0 || annotation.End < annotation.Start || annotation.End > text.Length)
            {
                return $"{annotation.Type} annotation [{annotation.Start}, {annotation.End}) lies outside the text (length {text.Length})";
            }
        }

        if (context.SummarySet is { } summary)
        {
            foreach (var sentence in summary.Sentences)
            {
                if (sentence.Start < 0 || sentence.End < sentence.Start || sentence.End > text.Length)
                {
                    return $"summary sentence [{sentence.Start}, {sentence.End}) lies outside the text (length {text.Length})";
                }
            }
        }

        return null;
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);
}
