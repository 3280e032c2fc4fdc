using System.Globalization;
using System.Text;
using Pipeline.Benchmarks.Articles;
using Pipeline.Core.Engine;

namespace Pipeline.Benchmarks;

/// <summary>
/// Whether each step's cost grows linearly with the text: each step of the news chain alone, in the process's CPU
/// time per megabyte, on generated articles of every size, given what the steps before it made of the same article.
/// Every size is measured in each of several rounds and the median kept, so that a neighbour's burst on a shared
/// machine moves one round, not the figure, and each size is warmed up with as many calls as are then timed. The
/// ratio column is the largest article's time per megabyte over the 10 KB article's; beside it, what a call
/// allocates per megabyte of text, the share of the largest article's time the collector paused the thread, and
/// the first call on the largest article (first round, before its warm-up). The collector is the process's:
/// run with <c>DOTNET_gcServer=1</c> for the host's.
/// </summary>
internal static class ScalingLoop
{
    // Each step gets about this much text per size and round, so that small articles are timed over many calls.
    private const long BytesPerSize = 32L << 20;

    private const int Rounds = 3;

    public static async Task<int> RunAsync(string? only)
    {
        using var runtime = BuiltIns.Start();
        var steps = BuiltIns.TextSteps(runtime.Current.Chains.Find("news")!);
        var sizes = ArticleSizes.Generated;
        var measured = Enumerable.Range(0, steps.Count).Where(k => only is null || steps[k].Id == only).ToList();
        var cells = new Cell[Rounds, steps.Count, sizes.Count];

        // Tiered compilation settles on the sample first, so that no size pays for it.
        var whole = BuiltIns.Rebuild(runtime, steps);
        var sample = new DocumentInput { Text = BuiltIns.Sample() };
        for (var i = 0; i < 500; i++)
        {
            await whole.RunAsync(sample, trace: false, CancellationToken.None);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        for (var round = 0; round < Rounds; round++)
        {
            for (var s = 0; s < sizes.Count; s++)
            {
                var text = ArticleSizes.Text(sizes[s].Name);
                var megabytes = Encoding.UTF8.GetByteCount(text) / 1048576.0;
                var calls = (int)Math.Clamp(BytesPerSize / 1048576.0 / megabytes, 2, 20_000);
                var document = new DocumentInput { Id = sizes[s].Name, Text = text };
                foreach (var k in measured)
                {
                    var before = await BuiltIns.Rebuild(runtime, steps.Take(k)).RunAsync(document, trace: false, CancellationToken.None);
                    GC.Collect();
                    var first = StepLoop.ProcessCpuNanoseconds();
                    StepLoop.Once(steps[k], before);
                    first = StepLoop.ProcessCpuNanoseconds() - first;

                    // As many calls again, unmeasured, so that each size is timed in the state a run of such documents
                    // leaves. On a long document the first call, on a clean heap, can be cheaper (nothing old to mark)
                    // or dearer (the heap still to grow) than the ones after it: it is shown apart.
                    for (var i = 1; i < calls; i++)
                    {
                        StepLoop.Once(steps[k], before);
                    }

                    var paused = GC.GetTotalPauseDuration();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var started = StepLoop.ProcessCpuNanoseconds();
                    for (var i = 0; i < calls; i++)
                    {
                        StepLoop.Once(steps[k], before);
                    }

                    var micros = (StepLoop.ProcessCpuNanoseconds() - started) / 1000.0;
                    cells[round, k, s] = new Cell(
                        micros / calls / megabytes,
                        (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0 / calls / megabytes,
                        (GC.GetTotalPauseDuration() - paused).TotalMicroseconds / micros,
                        first / 1000.0 / megabytes);
                }
            }

            await Console.Error.WriteLineAsync($"round {round + 1} of {Rounds} done");
        }

        var small = sizes.ToList().FindIndex(size => size.Name == "10KB");
        var large = sizes.Count - 1;
        Console.WriteLine($"collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
        Console.WriteLine($"{"µs per MB of text, process CPU",-30}{string.Concat(sizes.Select(size => $"{size.Name,10}"))}{"ratio",8}{"MB/MB 10KB",12}{$"{sizes[large].Name}",6}{"GC%",6}{$"first {sizes[large].Name}",11}");
        foreach (var k in measured)
        {
            double Median(int s, Func<Cell, double> value) => Enumerable.Range(0, Rounds).Select(r => value(cells[r, k, s])).Order().ElementAt(Rounds / 2);
            var row = new StringBuilder($"{steps[k].Id,-30}");
            for (var s = 0; s < sizes.Count; s++)
            {
                row.Append(Median(s, c => c.Micros).ToString("N0", CultureInfo.InvariantCulture).PadLeft(10));
            }

            row.Append((Median(large, c => c.Micros) / Median(small, c => c.Micros)).ToString("0.00", CultureInfo.InvariantCulture).PadLeft(8));
            row.Append(Median(small, c => c.Allocated).ToString("0.00", CultureInfo.InvariantCulture).PadLeft(12));
            row.Append(Median(large, c => c.Allocated).ToString("0.00", CultureInfo.InvariantCulture).PadLeft(6));
            row.Append((100 * Median(large, c => c.Paused)).ToString("0", CultureInfo.InvariantCulture).PadLeft(6));
            row.Append(cells[0, k, large].First.ToString("N0", CultureInfo.InvariantCulture).PadLeft(11));
            Console.WriteLine(row);
        }

        return 0;
    }

    /// <summary>
    /// One step on one size in one round: CPU µs and MB allocated per MB of text, the share of the time paused for
    /// collections, and the first, unwarmed call's CPU µs per MB.
    /// </summary>
    private readonly record struct Cell(double Micros, double Allocated, double Paused, double First);
}
