using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Pipeline.Core.Engine;

/// <summary>
/// Watches the steps of one host: counts those abandoned at their timeout while they still run, stops a
/// step during which the managed heap grew past its budget, and sends what plugins write to the console
/// to the log. One per host; pass it to <see cref="Chain.RunAsync(DocumentInput, bool, StepSupervisor, CancellationToken)"/>.
/// </summary>
public sealed class StepSupervisor : IDisposable
{
    private readonly MemoryWatchdog? _watchdog;
    private int _abandonedRunning;
    private long _abandonedTotal;

    /// <summary>Creates a supervisor; <paramref name="loggers"/> receives what plugins write to the console.</summary>
    public StepSupervisor(StepSupervisorOptions options, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        ConsoleLogger = (loggers ?? NullLoggerFactory.Instance).CreateLogger("Pipeline.PluginConsole");
        if (options.StepMemoryBudgetBytes > 0)
        {
            _watchdog = new MemoryWatchdog(options.StepMemoryBudgetBytes, options.MemoryCheckInterval);
        }
    }

    /// <summary>No cap and no memory budget: what <see cref="Chain.RunAsync(DocumentInput, bool, CancellationToken)"/> uses.</summary>
    public static StepSupervisor Unlimited { get; } = new(new StepSupervisorOptions { MaxAbandonedSteps = 0, StepMemoryBudgetBytes = 0 });

    public StepSupervisorOptions Options { get; }

    /// <summary>Steps abandoned by this supervisor's chains that still run.</summary>
    public int AbandonedRunning => Volatile.Read(ref _abandonedRunning);

    /// <summary>Steps abandoned by this supervisor's chains since it was created.</summary>
    public long AbandonedTotal => Interlocked.Read(ref _abandonedTotal);

    /// <summary>Whether as many abandoned steps still run as <see cref="StepSupervisorOptions.MaxAbandonedSteps"/> allows.</summary>
    public bool AtAbandonedCap => Options.MaxAbandonedSteps > 0 && AbandonedRunning >= Options.MaxAbandonedSteps;

    internal ILogger ConsoleLogger { get; }

    public void Dispose() => _watchdog?.Dispose();

    internal StepWatch Watch(CancellationTokenSource stop) =>
        _watchdog?.Add(stop) ?? new StepWatch(null, stop, 0, 0);

    internal void Abandon(Task run)
    {
        Interlocked.Increment(ref _abandonedRunning);
        Interlocked.Increment(ref _abandonedTotal);
        run.ContinueWith(
            static (_, state) => Interlocked.Decrement(ref ((StepSupervisor)state!)._abandonedRunning),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
