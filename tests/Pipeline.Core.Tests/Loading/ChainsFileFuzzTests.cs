using System.Text;
using Pipeline.Core.Tests.Support;
using Xunit.Abstractions;
using static Pipeline.Core.Tests.Loading.ProbeChains;

namespace Pipeline.Core.Tests.Loading;

/// <summary>
/// Broken chains files written through the watcher, one after another (seeded; DOCPIPE_FUZZ_SEED replays):
/// each is refused and logged, the good chains keep serving after every one, and a good edit is then picked up.
/// </summary>
public sealed class ChainsFileFuzzTests(ITestOutputHelper output)
{
    private const int RandomVariants = 12;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("DOCPIPE_FUZZ_SEED"), out var seed) ? seed : 20261125;

    [Fact]
    public async Task NoBrokenVariantOfTheChainsFileReplacesTheGoodOne()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(Probe);
        var runtime = sandbox.Start();
        var good = runtime.Current;
        var random = new Random(Seed);
        var reloads = 0;
        runtime.Reloaded += (_, _) => Interlocked.Increment(ref reloads);

        foreach (var (kind, text) in Variants(random))
        {
            var refused = sandbox.NextRefusal(r => r.Contains(sandbox.ChainsFile, StringComparison.Ordinal), $"of the {kind} variant");
            if (random.Next(2) == 0)
            {
                sandbox.WriteChains(text);
            }
            else
            {
                sandbox.ReplaceChains(text);
            }

            await refused;

            Assert.True(ReferenceEquals(good, runtime.Current), $"seed {Seed}: the {kind} variant replaced the good chains");
            Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
        }

        Assert.Equal(0, Volatile.Read(ref reloads));
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains("Reload refused", StringComparison.Ordinal));

        var reloaded = sandbox.NextReload(s => s.Chains.Find("second") is not null, "chain second");
        sandbox.ReplaceChains(ProbeAndSecond);
        await reloaded;
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("second")));
    }

    private static IEnumerable<(string Kind, string Text)> Variants(Random random)
    {
        yield return ("empty", string.Empty);
        yield return ("truncated", Probe[..(Probe.Length / 2)]);
        yield return ("wrong types", """{ "chains": { "probe": { "steps": { "plugin": 3 } } }, "defaultChain": [] }""");
        yield return ("unknown plugin", Probe.Replace("reload-probe", "no-such-plugin", StringComparison.Ordinal));
        yield return ("plugin as a path", Probe.Replace("\"reload-probe\"", "\"../../etc/passwd\"", StringComparison.Ordinal));
        yield return ("huge number", Probe.Replace("60000", "1e300", StringComparison.Ordinal));
        yield return ("duplicate keys", Probe.Replace("\"id\": \"p\",", "\"id\": \"p\", \"id\": \"q\",", StringComparison.Ordinal));
        yield return ("deep nesting", "{\"chains\": " + new string('[', 5000) + new string(']', 5000) + "}");
        for (var i = 0; i < RandomVariants; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            yield return ($"random bytes {i}", Encoding.Latin1.GetString(bytes));
            var cut = random.Next(1, Probe.Length - 1);
            yield return ($"cut at {cut}", Probe[..cut]);
        }
    }
}
