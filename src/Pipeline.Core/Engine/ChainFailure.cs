namespace Pipeline.Core.Engine;

/// <summary>The step failure that ended a document's run.</summary>
public sealed class ChainFailure
{
    public required FailureKind Kind { get; init; }

    public required string StepId { get; init; }

    public required string Plugin { get; init; }

    /// <summary>A message a caller can act on, naming the step and the plugin.</summary>
    public required string Message { get; init; }

    /// <summary>The type of the exception the step threw, when it threw one; logged where <see cref="Message"/> may not be (it can quote the document).</summary>
    public string ErrorType { get; init; } = string.Empty;
}
