namespace Pipeline.Core.Engine;

/// <summary>What one step did to one document.</summary>
public sealed class StepResult
{
    public required string StepId { get; init; }

    public required string Plugin { get; init; }

    public required StepOutcome Outcome { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Why the step failed, timed out or was skipped; empty when it succeeded.</summary>
    public string Message { get; init; } = string.Empty;

    public int EditCount { get; init; }

    /// <summary>Every edit, when the run was traced; otherwise empty.</summary>
    public IReadOnlyList<EditRecord> Changes { get; init; } = [];
}
