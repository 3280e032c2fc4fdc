using System.Diagnostics;

namespace Pipeline.Core.Engine;

/// <summary>
/// Samples the managed heap while steps run and stops the step during which the live heap grew past the
/// budget. The runtime cannot say which thread holds the memory, so the step that has run longest among
/// those over budget is blamed; while a blamed step still runs, nothing else is, since its growth goes on.
/// </summary>
internal sealed class MemoryWatchdog : IDisposable
{
    private static readonly long ForcedCollectionGap = Stopwatch.Frequency;
    private readonly long _budget;
    private readonly Lock _gate = new();
    private readonly HashSet<StepWatch> _running = [];
    private readonly Timer _timer;
    private long _sample;
    private long _lastForced;
    private int _checking;
    private StepWatch? _culprit;

    public MemoryWatchdog(long budgetBytes, TimeSpan interval)
    {
        _budget = budgetBytes;
        _sample = GC.GetTotalMemory(false);
        _timer = new Timer(_ => Check(), null, interval, interval);
    }

    public StepWatch Add(CancellationTokenSource stop)
    {
        var watch = new StepWatch(this, stop, Volatile.Read(ref _sample), Stopwatch.GetTimestamp());
        lock (_gate)
        {
            _running.Add(watch);
        }

        return watch;
    }

    public void Remove(StepWatch watch)
    {
        lock (_gate)
        {
            _running.Remove(watch);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        if (Interlocked.Exchange(ref _checking, 1) == 1)
        {
            return;
        }

        try
        {
            var heap = GC.GetTotalMemory(false);
            Volatile.Write(ref _sample, heap);
            if (_culprit?.Run is { IsCompleted: false } || Oldest(heap) is null)
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            if (now - _lastForced < ForcedCollectionGap)
            {
                return;
            }

            // The sample counts garbage too: only live memory over the budget is a reason to stop a step.
            _lastForced = now;
            GC.Collect();
            var live = GC.GetTotalMemory(false);
            Volatile.Write(ref _sample, live);
            if (Oldest(live) is { } blamed)
            {
                _culprit = blamed;
                blamed.Exhaust(live - blamed.BaselineBytes);
            }
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    private StepWatch? Oldest(long heap)
    {
        lock (_gate)
        {
            StepWatch? oldest = null;
            foreach (var watch in _running)
            {
                if (heap - watch.BaselineBytes > _budget && (oldest is null || watch.StartedTicks < oldest.StartedTicks))
                {
                    oldest = watch;
                }
            }

            return oldest;
        }
    }
}
