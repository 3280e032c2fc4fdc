namespace Pipeline.Core.Engine;

/// <summary>Counts steps that ignored cancellation and still run after their document moved on.</summary>
public static class AbandonedSteps
{
    private static int s_running;
    private static long s_total;

    /// <summary>Abandoned steps still running now.</summary>
    public static int Running => Volatile.Read(ref s_running);

    /// <summary>Steps abandoned since the process started.</summary>
    public static long Total => Interlocked.Read(ref s_total);

    internal static void Track(Task step)
    {
        Interlocked.Increment(ref s_running);
        Interlocked.Increment(ref s_total);
        step.ContinueWith(static _ => Interlocked.Decrement(ref s_running), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
