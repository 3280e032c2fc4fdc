namespace Pipeline.Core.Engine;

public enum StepOutcome
{
    Ok,
    Skipped,
    Failed,
    TimedOut,
}
