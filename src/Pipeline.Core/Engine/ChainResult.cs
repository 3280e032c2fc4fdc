using Pipeline.Abstractions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Engine;

/// <summary>A document after a chain ran. Offsets are UTF-16 indices into <see cref="Text"/>.</summary>
public sealed class ChainResult
{
    public required string DocumentId { get; init; }

    /// <summary>The submitted text, or for a binary document the text its converter read (<see cref="SourcePages"/> joined).</summary>
    public required string OriginalText { get; init; }

    /// <summary>The pages a converter read from a binary document; null for a document that came as text.</summary>
    public SourcePages? SourcePages { get; init; }

    /// <summary>The text after every applied edit.</summary>
    public required string Text { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    /// <summary>Ordered by start, then end.</summary>
    public required IReadOnlyList<Annotation> Annotations { get; init; }

    public Summary? Summary { get; init; }

    /// <summary>One per step of the chain, in chain order.</summary>
    public required IReadOnlyList<StepResult> Steps { get; init; }

    /// <summary>Maps ranges of <see cref="Text"/> back to <see cref="OriginalText"/>.</summary>
    public required EditMap Map { get; init; }

    /// <summary>Set when a step with <c>onError: fail</c> failed; the other fields then hold the document as it was before that step.</summary>
    public ChainFailure? Failure { get; init; }
}
