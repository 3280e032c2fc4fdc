namespace Pipeline.Core.Engine;

public enum StepOutcome
{
    Ok,
    Skipped,
    Failed,
    TimedOut,

    /// <summary>The step's <c>when</c> condition did not hold for the document.</summary>
    NotApplicable,
}
