using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Engine;
using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation.Summaries;

/// <summary>
/// <c>lead</c> and <c>textrank</c> on the BBC articles of <c>../shared/eval/summaries</c>, each asked for as
/// many sentences as the item's extractive reference has (counted by the <c>sentences</c> plugin, the
/// splitter the summarizers use), scored by ROUGE-1, ROUGE-2 and ROUGE-L F1 averaged over the items.
/// </summary>
public sealed class SummaryEvaluation : IEvaluation
{
    private const string Area = "summaries";
    private const double TextRankRouge2Target = 0.72;

    public string Name => "summaries";

    public IReadOnlyList<Metric> Run(BuiltInPipeline pipeline, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(log);
        var items = Items(pipeline);
        var metrics = new List<Metric>();
        foreach (var plugin in new[] { "lead", "textrank" })
        {
            var scores = Score(pipeline, items, plugin);
            metrics.Add(Figure(plugin, "ROUGE-1", scores.Average(s => s.Rouge1.F1)));
            metrics.Add(Figure(plugin, "ROUGE-2", scores.Average(s => s.Rouge2.F1), plugin == "textrank" ? TextRankRouge2Target : null));
            metrics.Add(Figure(plugin, "ROUGE-L", scores.Average(s => s.RougeL.F1)));
            var byCategory = items.Select((item, i) => (item.Category, Score: scores[i])).GroupBy(x => x.Category).OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var category in byCategory)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"summaries: {plugin} ROUGE-2 {category.Key}: {category.Average(x => x.Score.Rouge2.F1):0.000} ({category.Count()} items)"));
            }
        }

        return metrics;
    }

    /// <summary>
    /// Each item's scores for <paramref name="plugin"/> asked for the reference's number of sentences, with
    /// <paramref name="options"/> besides (to compare settings, e.g. <c>{"similarity": "bm25"}</c>).
    /// </summary>
    public static IReadOnlyList<RougeScores> Score(BuiltInPipeline pipeline, IReadOnlyList<SummaryItem> items, string plugin, IReadOnlyDictionary<string, object>? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(items);
        var chains = new Dictionary<int, Chain>();
        var scores = new List<RougeScores>(items.Count);
        foreach (var item in items)
        {
            if (!chains.TryGetValue(item.ReferenceSentences, out var chain))
            {
                var stepOptions = new Dictionary<string, object>(options ?? new Dictionary<string, object>()) { ["sentences"] = item.ReferenceSentences };
                chain = pipeline.Inline(JsonSerializer.Serialize(new { steps = new[] { new { plugin, options = stepOptions } } }));
                chains.Add(item.ReferenceSentences, chain);
            }

            var summary = BuiltInPipeline.Run(chain, item.Article).Summary?.Text ?? string.Empty;
            scores.Add(Rouge.Score(summary, item.Reference));
        }

        return scores;
    }

    /// <summary>The evaluation items, each with its reference's sentence count.</summary>
    public static IReadOnlyList<SummaryItem> Items(BuiltInPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var splitter = pipeline.Inline("""{"steps":[{"plugin":"sentences"}]}""");
        var items = new List<SummaryItem>();
        foreach (var line in File.ReadLines(EvalPaths.Eval("summaries", "bbc-dev250.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var reference = root.GetProperty("reference_summary").GetString() ?? string.Empty;
            var count = BuiltInPipeline.Run(splitter, reference).Annotations.Count(a => a.Type == "sentence");
            items.Add(new SummaryItem(
                root.GetProperty("id").GetString() ?? string.Empty,
                root.GetProperty("category").GetString() ?? string.Empty,
                root.GetProperty("article").GetString() ?? string.Empty,
                reference,
                Math.Max(1, count)));
        }

        return items;
    }

    private static Metric Figure(string plugin, string measure, double value, double? target = null) =>
        new() { Area = Area, Name = $"{plugin} {measure}", Value = value, Target = target };
}
