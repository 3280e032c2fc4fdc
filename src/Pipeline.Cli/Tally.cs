using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Cli;

/// <summary>Documents done and failed so far, and the rate.</summary>
internal sealed class Tally
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public int Done { get; private set; }

    public int Failed { get; private set; }

    public double PerSecond => Done / Math.Max(Stopwatch.GetElapsedTime(_started).TotalSeconds, 1e-6);

    public void Count(bool failed)
    {
        Done++;
        Failed += failed ? 1 : 0;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Done} document{(Done == 1 ? "" : "s")}, {Failed} failed, {PerSecond:0.0} documents/s");
}
