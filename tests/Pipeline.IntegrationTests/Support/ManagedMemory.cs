namespace Pipeline.IntegrationTests.Support;

/// <summary>The live managed heap of this process (where the in-process host runs), after full collections.</summary>
public static class ManagedMemory
{
    public static long Live()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static string Mib(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MiB";
}
