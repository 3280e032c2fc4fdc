using System.Runtime.InteropServices;
using Pipeline.Core.Engine;

namespace Pipeline.Benchmarks;

/// <summary>
/// Each step of a chain alone, called again and again on one thread on what the steps before it made of the
/// sample (or of a generated article), and timed in the thread's own CPU time: a figure that other processes on a
/// shared machine disturb far less than wall time, for comparing a change before and after.
/// </summary>
internal static partial class StepLoop
{
    private const int ProcessCpuClock = 2;
    private const int ThreadCpuClock = 3;

    public static async Task<int> RunAsync(string chainName, string? only, int count, string article = Articles.ArticleSizes.Sample)
    {
        using var runtime = BuiltIns.Start();
        var chain = runtime.Current.Chains.Find(chainName);
        if (chain is null)
        {
            await Console.Error.WriteLineAsync($"no chain '{chainName}'");
            return 2;
        }

        var document = new DocumentInput { Id = article, Text = Articles.ArticleSizes.Text(article) };
        var steps = BuiltIns.TextSteps(chain);
        for (var k = 0; k < steps.Count; k++)
        {
            var step = steps[k];
            if (only is not null && step.Id != only)
            {
                continue;
            }

            var before = await BuiltIns.Rebuild(runtime, steps.Take(k)).RunAsync(document, trace: false, CancellationToken.None);
            for (var i = 0; i < count; i++)
            {
                Once(step, before);
            }

            var started = ThreadCpuNanoseconds();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < count; i++)
            {
                Once(step, before);
            }

            var micros = (ThreadCpuNanoseconds() - started) / 1000.0 / count;
            var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count;
            Console.WriteLine($"{step.Id,-16} {micros,8:0.0} µs  {kilobytes,7:0.0} KB");
        }

        return 0;
    }

    internal static void Once(ChainStep step, ChainResult before)
    {
        var context = new StepContext("sample", before.Text, "text/plain", ReadOnlyMemory<byte>.Empty, new Dictionary<string, string>(before.Metadata, StringComparer.Ordinal), before.Annotations, before.Summary, sourceRefused: "not a converter benchmark");
        var run = step.Step.RunAsync(context, CancellationToken.None);
        if (!run.IsCompletedSuccessfully)
        {
            run.AsTask().GetAwaiter().GetResult();
        }
    }

    internal static long ThreadCpuNanoseconds() => CpuNanoseconds(ThreadCpuClock);

    /// <summary>The CPU time of every thread of the process: with it, a collection done on the collector's own threads counts.</summary>
    internal static long ProcessCpuNanoseconds() => CpuNanoseconds(ProcessCpuClock);

    private static long CpuNanoseconds(int clock)
    {
        _ = ClockGetTime(clock, out var time);
        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
