using System.Globalization;
using System.Text;
using Pipeline.Benchmarks.Articles;
using Pipeline.Core.Engine;

namespace Pipeline.Benchmarks;

/// <summary>
/// Whether each step's cost grows linearly with the text: each step of the news chain alone, in the thread's CPU
/// time per megabyte, on generated articles of every size, given what the steps before it made of the same article.
/// The ratio column is the largest article's time per megabyte over the 10 KB article's.
/// </summary>
internal static class ScalingLoop
{
    // Each step gets about this much text per size, so that small articles are timed over many calls.
    private const long BytesPerSize = 32L << 20;

    public static async Task<int> RunAsync(string? only)
    {
        using var runtime = BuiltIns.Start();
        var steps = BuiltIns.TextSteps(runtime.Current.Chains.Find("news")!);
        var sizes = ArticleSizes.Generated;
        var measured = Enumerable.Range(0, steps.Count).Where(k => only is null || steps[k].Id == only).ToList();
        var perMegabyte = new double[steps.Count, sizes.Count];

        // Tiered compilation settles on the sample first, so that no size pays for it.
        var whole = BuiltIns.Rebuild(runtime, steps);
        var sample = new DocumentInput { Text = BuiltIns.Sample() };
        for (var i = 0; i < 500; i++)
        {
            await whole.RunAsync(sample, trace: false, CancellationToken.None);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        for (var s = 0; s < sizes.Count; s++)
        {
            var text = ArticleSizes.Text(sizes[s].Name);
            var bytes = Encoding.UTF8.GetByteCount(text);
            var calls = (int)Math.Clamp(BytesPerSize / bytes, 2, 20_000);
            var document = new DocumentInput { Id = sizes[s].Name, Text = text };
            foreach (var k in measured)
            {
                var before = await BuiltIns.Rebuild(runtime, steps.Take(k)).RunAsync(document, trace: false, CancellationToken.None);
                StepLoop.Once(steps[k], before);
                GC.Collect();
                var started = StepLoop.ThreadCpuNanoseconds();
                for (var i = 0; i < calls; i++)
                {
                    StepLoop.Once(steps[k], before);
                }

                perMegabyte[k, s] = (StepLoop.ThreadCpuNanoseconds() - started) / 1000.0 / calls / (bytes / 1048576.0);
            }

            await Console.Error.WriteLineAsync($"{sizes[s].Name} done");
        }

        var small = sizes.ToList().FindIndex(size => size.Name == "10KB");
        Console.WriteLine($"{"µs per MB of text, thread CPU",-30}{string.Concat(sizes.Select(size => $"{size.Name,10}"))}{"ratio",10}");
        foreach (var k in measured)
        {
            var row = new StringBuilder($"{steps[k].Id,-30}");
            for (var s = 0; s < sizes.Count; s++)
            {
                row.Append(perMegabyte[k, s].ToString("N0", CultureInfo.InvariantCulture).PadLeft(10));
            }

            row.Append((perMegabyte[k, sizes.Count - 1] / perMegabyte[k, small]).ToString("0.00", CultureInfo.InvariantCulture).PadLeft(10));
            Console.WriteLine(row);
        }

        return 0;
    }
}
