namespace Pipeline.Abstractions;

/// <summary>A document's summary and the sentences it was built from.</summary>
public sealed class Summary
{
    /// <summary>The summary's text.</summary>
    public required string Text { get; init; }

    /// <summary>The source sentences, as spans of the document's text in text order.</summary>
    public IReadOnlyList<ScoredSpan> Sentences { get; init; } = [];

    /// <summary>The plugin that wrote the summary; set by the engine, ignored when a step sets it.</summary>
    public string Plugin { get; init; } = string.Empty;
}
