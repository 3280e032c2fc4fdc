using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation;

/// <summary>Every evaluation the tool runs, in the order of the README's table.</summary>
public static class Evaluations
{
    public static IReadOnlyList<IEvaluation> All { get; } =
    [
        new Sample.MetadataEvaluation(),
        new Sample.EntityQuoteEvaluation(),
        new Summaries.SummaryEvaluation(),
        new Keywords.KeywordEvaluation(),
        new HtmlMainText.HtmlMainTextEvaluation(),
    ];
}
