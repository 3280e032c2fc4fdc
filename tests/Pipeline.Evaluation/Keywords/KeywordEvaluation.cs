using System.Globalization;
using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation.Keywords;

/// <summary>
/// <c>keywords</c> with its defaults on the TextRank paper's example (Mihalcea and Tarau 2004, figure 2, an
/// Inspec abstract): how many of the six keyphrases of the paper's own TextRank output it finds, and its
/// precision and recall against the abstract's gold keyphrases. Phrases match when equal after lower-casing
/// and stemming both sides with the plugin's stemmer (<see cref="KeyphraseNormalizer"/>). Two figures without
/// a target tell filtering from ranking and completion: the paper's phrases formed when every word is kept, and
/// those found with the paper's strict collapse of the top T words alone (<c>complete: false</c>).
/// </summary>
public sealed class KeywordEvaluation : IEvaluation
{
    private const string Area = "keywords";
    private const double PaperPhrasesTarget = 5;

    public string Name => "keywords";

    public IReadOnlyList<Metric> Run(BuiltInPipeline pipeline, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(log);
        using var example = JsonDocument.Parse(File.ReadAllText(EvalPaths.Eval("keywords", "mihalcea_tarau_2004_fig2.json")));
        var root = example.RootElement;
        var text = root.GetProperty("text").GetString() ?? string.Empty;
        var normalizer = new KeyphraseNormalizer(pipeline);
        var paperWritten = Strings(root.GetProperty("textrank_paper_output"));
        var paper = paperWritten.Select(normalizer.Normalize).ToList();
        var gold = Strings(root.GetProperty("gold_keyphrases_inspec_1939")).Select(normalizer.Normalize).Distinct(StringComparer.Ordinal).ToList();

        var keywords = Keywords(pipeline, text, """{"steps":[{"plugin":"keywords"}]}""");
        foreach (var keyword in keywords.DistinctBy(k => k.Attributes["phrase"]).OrderBy(k => int.Parse(k.Attributes["rank"], CultureInfo.InvariantCulture)))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"keywords: #{keyword.Attributes["rank"]} {keyword.Attributes["phrase"]} ({keyword.Score:0.000})"));
        }

        var found = keywords.Select(k => normalizer.Normalize(k.Attributes["phrase"])).ToHashSet(StringComparer.Ordinal);
        var formed = Normalized(pipeline, normalizer, text, """{"steps":[{"plugin":"keywords","options":{"ratio":1}}]}""");
        var strict = Normalized(pipeline, normalizer, text, """{"steps":[{"plugin":"keywords","options":{"complete":false}}]}""");
        log.WriteLine($"keywords: paper phrases found: {string.Join("; ", paperWritten.Where((_, i) => found.Contains(paper[i])))}");
        log.WriteLine($"keywords: paper phrases missed: {string.Join("; ", paperWritten.Where((_, i) => !found.Contains(paper[i])))}");

        var goldFound = gold.Count(found.Contains);
        return
        [
            new Metric { Area = Area, Name = "paper TextRank keyphrases found", Value = paper.Count(found.Contains), Target = PaperPhrasesTarget, Format = "0" },
            new Metric { Area = Area, Name = "paper keyphrases formed when every word is kept", Value = paper.Count(formed.Contains), Format = "0" },
            new Metric { Area = Area, Name = "paper keyphrases found by the paper's strict collapse", Value = paper.Count(strict.Contains), Format = "0" },
            new Metric { Area = Area, Name = "gold keyphrases precision", Value = found.Count == 0 ? 0 : (double)goldFound / found.Count },
            new Metric { Area = Area, Name = "gold keyphrases recall", Value = gold.Count == 0 ? 0 : (double)goldFound / gold.Count },
        ];
    }

    private static List<Annotation> Keywords(BuiltInPipeline pipeline, string text, string chain) =>
        [.. BuiltInPipeline.Run(pipeline.Inline(chain), text).Annotations.Where(a => a.Type == "keyword")];

    private static HashSet<string> Normalized(BuiltInPipeline pipeline, KeyphraseNormalizer normalizer, string text, string chain) =>
        Keywords(pipeline, text, chain).Select(k => normalizer.Normalize(k.Attributes["phrase"])).ToHashSet(StringComparer.Ordinal);

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
}
