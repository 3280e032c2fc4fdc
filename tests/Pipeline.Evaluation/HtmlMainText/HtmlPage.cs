namespace Pipeline.Evaluation.HtmlMainText;

/// <summary>One page of the benchmark: its HTML, its URL and the article body a person marked in it.</summary>
public sealed class HtmlPage
{
    public required string Id { get; init; }

    public required string Url { get; init; }

    public required string Html { get; init; }

    public required string ArticleBody { get; init; }
}
