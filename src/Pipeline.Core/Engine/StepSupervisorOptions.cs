namespace Pipeline.Core.Engine;

/// <summary>Limits a <see cref="StepSupervisor"/> holds steps to.</summary>
public sealed class StepSupervisorOptions
{
    /// <summary>How many abandoned steps may still run before <see cref="StepSupervisor.AtAbandonedCap"/> says so. Default: 16; 0 for no cap.</summary>
    public int MaxAbandonedSteps { get; init; } = 16;

    /// <summary>How far the live managed heap may grow while one step runs before the step is stopped. Default: 1 GiB; 0 for no budget.</summary>
    public long StepMemoryBudgetBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>How often the heap is sampled while steps run. Default: 100 ms.</summary>
    public TimeSpan MemoryCheckInterval { get; init; } = TimeSpan.FromMilliseconds(100);
}
