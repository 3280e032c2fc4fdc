using Pipeline.Benchmarks.Articles;
using Pipeline.Core.Engine;

namespace Pipeline.Benchmarks;

/// <summary>
/// What the news chain keeps alive on one article, prefix by prefix: the collected heap's live bytes after a full
/// collection with the result still held, what the run allocated, and its annotations; then the live bytes once the
/// result is let go, before and after the pool's threads have run other work. The last figure should be about nothing:
/// a step keeping buffers sized for the article shows there.
/// </summary>
internal static class LiveMemory
{
    public static async Task<int> RunAsync(string article)
    {
        using var runtime = BuiltIns.Start();
        var news = BuiltIns.TextSteps(runtime.Current.Chains.Find("news")!);
        var document = new DocumentInput { Text = ArticleSizes.Text(article) };
        var idle = Live();
        for (var count = 1; count <= news.Count; count++)
        {
            Console.WriteLine($"through {news[count - 1].Id}: {await RunAsync(BuiltIns.Rebuild(runtime, news.Take(count)), document, idle)}");
        }

        Console.WriteLine($"after the run, the result let go: live {Megabytes(Live() - idle)}");

        // An idle thread-pool thread can still hold the last work item it ran until it runs something else: a host's
        // next request does that; here, some empty work does. What is left is what no thread's leftovers explain.
        await Task.WhenAll(Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(_ => Task.Run(() => Thread.SpinWait(1000))));
        Console.WriteLine($"and once the pool's threads have run other work: live {Megabytes(Live() - idle)}");
        return 0;
    }

    // A method of its own, so that the result is not kept in the caller's state machine after it returns.
    private static async Task<string> RunAsync(Chain chain, DocumentInput document, long idle)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = await chain.RunAsync(document, trace: false, CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var live = Live() - idle;
        var types = string.Join(", ", result.Annotations.GroupBy(a => a.Type).Select(g => $"{g.Key} {g.Count()}"));
        GC.KeepAlive(result);
        return $"live {Megabytes(live)}, allocated {Megabytes(allocated)}, {result.Annotations.Count} annotations ({types})";
    }

    private static long Live()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Megabytes(long bytes) => $"{bytes / 1048576.0:0} MB";
}
