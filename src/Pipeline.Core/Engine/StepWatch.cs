namespace Pipeline.Core.Engine;

/// <summary>One running step as the memory watchdog sees it: where the heap stood when it started, and how to stop it.</summary>
internal sealed class StepWatch : IDisposable
{
    private readonly MemoryWatchdog? _watchdog;
    private readonly CancellationTokenSource _stop;
    private volatile bool _exhausted;

    public StepWatch(MemoryWatchdog? watchdog, CancellationTokenSource stop, long baselineBytes, long startedTicks)
    {
        _watchdog = watchdog;
        _stop = stop;
        BaselineBytes = baselineBytes;
        StartedTicks = startedTicks;
    }

    public long BaselineBytes { get; }

    public long StartedTicks { get; }

    /// <summary>Set once the step is known to have left the engine's hands still running.</summary>
    public Task? Run { get; set; }

    public bool Exhausted => _exhausted;

    public long GrowthBytes { get; private set; }

    public void Exhaust(long growthBytes)
    {
        GrowthBytes = growthBytes;
        _exhausted = true;
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The step finished between the check and now: nothing to stop.
        }
    }

    public void Dispose() => _watchdog?.Remove(this);
}
