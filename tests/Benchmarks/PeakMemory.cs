using System.Diagnostics;
using System.Text;
using Pipeline.Benchmarks.Articles;
using Pipeline.Core.Engine;

namespace Pipeline.Benchmarks;

/// <summary>
/// The news chain's peak memory on one article: the process's peak resident set while it runs, above the
/// resident set when idle (plugins loaded, chain warmed up on the sample, after a full collection). The host runs the
/// server collector: run this with DOTNET_gcServer=1 to measure what it does.
/// </summary>
internal static class PeakMemory
{
    public static async Task<int> RunAsync(string article, int? steps = null)
    {
        using var runtime = BuiltIns.Start();
        var news = BuiltIns.TextSteps(runtime.Current.Chains.Find("news")!);
        var chain = BuiltIns.Rebuild(runtime, news.Take(steps ?? news.Count));
        await chain.RunAsync(new DocumentInput { Text = BuiltIns.Sample() }, trace: false, CancellationToken.None);
        var text = ArticleSizes.Text(article);
        var bytes = Encoding.UTF8.GetByteCount(text);

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var idle = Resident();

        // Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one.
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        var result = await chain.RunAsync(new DocumentInput { Text = text }, trace: false, CancellationToken.None);
        var peak = Peak();
        if (result.Failure is not null)
        {
            await Console.Error.WriteLineAsync(result.Failure.Message);
            return 1;
        }

        var above = peak - idle;
        var through = steps is null ? "" : $" through {(steps == 0 ? "no step" : news[steps.Value - 1].Id)}";
        var collector = System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";
        Console.WriteLine($"{article}{through}, {collector}: {bytes / 1048576.0:0.00} MB document, idle {idle / 1048576.0:0} MB, peak {peak / 1048576.0:0} MB, " +
            $"{above / 1048576.0:0} MB above idle = {above / (double)bytes:0.0} x the document, {result.Annotations.Count} annotations");
        return 0;
    }

    private static long Resident()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static long Peak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
