using System.Diagnostics;
using Pipeline.Core.Engine;

namespace Pipeline.Benchmarks;

/// <summary>A chain run over and over on the sample with per-step totals: a target for a sampling profiler.</summary>
internal static class HotLoop
{
    public static async Task<int> RunAsync(string chainName, int count)
    {
        using var runtime = BuiltIns.Start();
        var chain = runtime.Current.Chains.Find(chainName);
        if (chain is null)
        {
            await Console.Error.WriteLineAsync($"no chain '{chainName}'");
            return 2;
        }

        var document = new DocumentInput { Id = "sample", Text = BuiltIns.Sample() };
        var steps = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
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
        foreach (var (step, total) in steps)
        {
            Console.WriteLine($"{step,-16} {total.TotalMicroseconds / count,10:0.0} µs");
        }

        Console.WriteLine($"{"per document",-16} {clock.Elapsed.TotalMicroseconds / count,10:0.0} µs");
        return 0;
    }
}
