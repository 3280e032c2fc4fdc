using System.Text;
using Pipeline.Abstractions;
using Pipeline.Text;

namespace Pipeline.Plugins.Summarizers.Shared;

/// <summary>Writes the chosen sentences as the document's summary.</summary>
internal static class SummaryWriter
{
    /// <summary>Sets the summary to the <paramref name="chosen"/> sentences in text order, joined by a space.</summary>
    /// <param name="context">The document.</param>
    /// <param name="sentences">The candidate sentences, in text order.</param>
    /// <param name="chosen">Indices into <paramref name="sentences"/>, in any order.</param>
    /// <param name="scores">Each candidate's score, by index.</param>
    public static void Write(IStepContext context, IReadOnlyList<TextSpan> sentences, IEnumerable<int> chosen, IReadOnlyList<double> scores)
    {
        var text = context.Text;
        List<int> order = [.. chosen];
        order.Sort();
        var distinct = 0;
        for (var i = 0; i < order.Count; i++)
        {
            if (distinct == 0 || order[i] != order[distinct - 1])
            {
                order[distinct++] = order[i];
            }
        }

        order.RemoveRange(distinct, order.Count - distinct);
        var summary = new StringBuilder();
        var spans = new List<ScoredSpan>(order.Count);
        foreach (var index in order)
        {
            var sentence = sentences[index];
            if (summary.Length > 0)
            {
                summary.Append(' ');
            }

            summary.Append(text, sentence.Start, sentence.Length);
            spans.Add(new ScoredSpan(sentence.Start, sentence.End, scores[index]));
        }

        context.SetSummary(new Summary { Text = summary.ToString(), Sentences = spans });
    }
}
