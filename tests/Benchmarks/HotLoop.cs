using System.Diagnostics;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;

namespace Pipeline.Benchmarks;

/// <summary>A chain run over and over on the sample with per-step totals: a target for a sampling profiler.</summary>
internal static class HotLoop
{
    public static async Task<int> RunAsync(string chainName, int count, bool prefixes)
    {
        using var runtime = BuiltIns.Start();
        var chain = runtime.Current.Chains.Find(chainName);
        if (chain is null)
        {
            await Console.Error.WriteLineAsync($"no chain '{chainName}'");
            return 2;
        }

        var document = new DocumentInput { Id = "sample", Text = BuiltIns.Sample() };

        // Warm-up first, as long as the measured run, so that the figures leave out JIT compilation: tiering
        // recompiles the plugins' hot methods with profile-guided optimisation for seconds after start.
        for (var i = 0; i < Math.Max(1000, count); i++)
        {
            await chain.RunAsync(document, trace: false, CancellationToken.None);
        }

        var steps = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (pauses, collections, allocated) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.GetTotalAllocatedBytes(precise: true));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var result = await chain.RunAsync(document, trace: false, CancellationToken.None);
            foreach (var step in result.Steps)
            {
                steps[step.StepId] = steps.GetValueOrDefault(step.StepId) + step.Duration;
            }
        }

        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        pauses = GC.GetTotalPauseDuration() - pauses;
        (collections, allocated) = (GC.CollectionCount(0) - collections, GC.GetTotalAllocatedBytes(precise: true) - allocated);
        foreach (var (step, total) in steps)
        {
            Console.WriteLine($"{step,-16} {total.TotalMicroseconds / count,10:0.0} µs");
        }

        Console.WriteLine($"{"per document",-16} {clock.Elapsed.TotalMicroseconds / count,10:0.0} µs");
        // CPU time of the whole process (GC and timer threads included): steadier than wall time on a shared machine.
        Console.WriteLine($"{"cpu per document",-16} {cpu.TotalMicroseconds / count,10:0.0} µs");
        Console.WriteLine($"{"gc per document",-16} {pauses.TotalMicroseconds / count,10:0.0} µs paused, {allocated / 1024.0 / count:0.0} KB allocated, a collection every {count / (double)Math.Max(collections, 1):0.0} documents");
        if (prefixes)
        {
            await PrefixesAsync(runtime, chain, document, count);
        }

        return 0;
    }

    /// <summary>Documents per second with <paramref name="loops"/> documents in flight at once, in-process: what a host could reach without gRPC.</summary>
    internal static async Task<int> ParallelAsync(string chainName, int loops, int seconds)
    {
        using var runtime = BuiltIns.Start();
        var chain = runtime.Current.Chains.Find(chainName)!;
        var document = new DocumentInput { Id = "sample", Text = BuiltIns.Sample() };
        for (var i = 0; i < 2000; i++)
        {
            await chain.RunAsync(document, trace: false, CancellationToken.None);
        }

        var done = 0L;
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, loops).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                await chain.RunAsync(document, trace: false, CancellationToken.None);
                Interlocked.Increment(ref done);
            }
        })));
        Console.WriteLine($"in-process {chainName}, {loops} in flight: {done / clock.Elapsed.TotalSeconds:0} documents/s");
        return 0;
    }

    internal static async Task OverheadAsync(int count)
    {
        using var runtime = BuiltIns.Start();
        var steps = string.Join(",", Enumerable.Range(0, 10).Select(i => $$"""{"id":"s{{i}}","plugin":"qr-code"}"""));
        var chain = ChainLoader.BuildInline($$"""{"steps":[{{steps}}]}""", runtime.Current.Plugins);
        var document = new DocumentInput { Id = "x", Text = "hello" };
        for (var i = 0; i < 2000; i++)
        {
            await chain.RunAsync(document, trace: false, CancellationToken.None);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await chain.RunAsync(document, trace: false, CancellationToken.None);
        }

        Console.WriteLine($"10 trivial steps: {clock.Elapsed.TotalMicroseconds / count:0.0} µs wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count:0.0} µs cpu");
    }

    /// <summary>
    /// Each step's cost as the difference between the chain cut after it and the chain cut before it:
    /// CPU time and bytes allocated, the engine's hand-off included, which step durations leave out.
    /// </summary>
    private static async Task PrefixesAsync(PipelineRuntime runtime, Chain chain, DocumentInput document, int count)
    {
        var (previousCpu, previousBytes) = (0.0, 0.0);
        var steps = BuiltIns.TextSteps(chain);
        for (var k = 0; k <= steps.Count; k++)
        {
            var prefix = BuiltIns.Rebuild(runtime, steps.Take(k));
            for (var i = 0; i < 200; i++)
            {
                await prefix.RunAsync(document, trace: false, CancellationToken.None);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < count; i++)
            {
                await prefix.RunAsync(document, trace: false, CancellationToken.None);
            }

            var cpuPerDocument = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count;
            var bytesPerDocument = (GC.GetTotalAllocatedBytes(precise: true) - bytes) / (double)count;
            var name = k == 0 ? "(no steps)" : steps[k - 1].Id;
            Console.WriteLine($"{name,-16} +{cpuPerDocument - previousCpu,8:0.0} µs cpu  +{(bytesPerDocument - previousBytes) / 1024,7:0.0} KB  (chain so far {cpuPerDocument:0.0} µs, {bytesPerDocument / 1024:0.0} KB)");
            (previousCpu, previousBytes) = (cpuPerDocument, bytesPerDocument);
        }
    }
}
