using System.Globalization;

namespace Pipeline.Load;

/// <summary>Latencies recorded by many tasks, summarised as percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];
    private int _failures;

    public void Add(TimeSpan elapsed)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public void Fail() => Interlocked.Increment(ref _failures);

    public string Report(string what, TimeSpan duration)
    {
        double[] sorted;
        lock (_milliseconds)
        {
            sorted = [.. _milliseconds];
        }

        Array.Sort(sorted);
        var perSecond = sorted.Length / duration.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: {sorted.Length} ok, {_failures} failed in {duration.TotalSeconds:0.0} s = {perSecond:0} /s; " +
            $"latency p50 {At(sorted, 0.50):0.00} ms, p90 {At(sorted, 0.90):0.00} ms, p99 {At(sorted, 0.99):0.00} ms");
    }

    private static double At(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
