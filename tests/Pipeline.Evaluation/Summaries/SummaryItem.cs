namespace Pipeline.Evaluation.Summaries;

/// <summary>One article with its reference summary and how many sentences the reference has.</summary>
public sealed record SummaryItem(string Id, string Category, string Article, string Reference, int ReferenceSentences);
