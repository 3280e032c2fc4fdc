using Pipeline.Abstractions;
using Pipeline.Text;

namespace Pipeline.Plugins.Summarizers.Shared;

/// <summary>The sentences a summary may take, in text order.</summary>
internal static class Candidates
{
    private const string SentenceType = "sentence";

    /// <summary>
    /// The <c>sentence</c> annotations of earlier steps when there are any, else the splitter's sentences;
    /// without headings when <paramref name="skipHeadings"/> is set, unless nothing else is left.
    /// </summary>
    public static List<TextSpan> Of(IStepContext context, bool skipHeadings)
    {
        var text = context.Text;
        var sentences = Annotated(context) ?? [.. SentenceSegmenter.Split(text)];
        if (!skipHeadings)
        {
            return sentences;
        }

        var bodies = sentences.FindAll(s => !SentenceSegmenter.IsHeading(s.Of(text)));
        return bodies.Count > 0 ? bodies : sentences;
    }

    /// <summary>Annotated sentences inside the text, in order, without overlaps; null when there are none.</summary>
    private static List<TextSpan>? Annotated(IStepContext context)
    {
        List<TextSpan>? sentences = null;
        var length = context.Text.Length;
        var annotations = context.Annotations;
        for (var i = 0; i < annotations.Count; i++)
        {
            var annotation = annotations[i];
            if (annotation.Type == SentenceType && annotation.Start >= 0 && annotation.Start < annotation.End && annotation.End <= length)
            {
                (sentences ??= []).Add(new TextSpan(annotation.Start, annotation.End));
            }
        }

        if (sentences is null)
        {
            return null;
        }

        // Annotations come ordered by start; two steps' sentences may still overlap, and the first one wins.
        if (!InOrder(sentences))
        {
            sentences.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        }

        var kept = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (kept == 0 || sentences[i].Start >= sentences[kept - 1].End)
            {
                sentences[kept++] = sentences[i];
            }
        }

        sentences.RemoveRange(kept, sentences.Count - kept);
        return sentences;
    }

    private static bool InOrder(List<TextSpan> sentences)
    {
        for (var i = 1; i < sentences.Count; i++)
        {
            var (before, after) = (sentences[i - 1], sentences[i]);
            if (before.Start > after.Start || (before.Start == after.Start && before.End > after.End))
            {
                return false;
            }
        }

        return true;
    }
}
