using Pipeline.Core.Tests.Support;
using Xunit.Abstractions;
using static Pipeline.Core.Tests.Loading.ProbeChains;

namespace Pipeline.Core.Tests.Loading;

/// <summary>Edits of the chains file while the runtime serves: written in place, or saved as editors do (temp file renamed over).</summary>
public sealed class ChainsFileWatchTests(ITestOutputHelper output)
{
    private const string BrokenJson = """
        {
          "defaultChain": "probe",
          "chains": {
            "probe": { "steps": [ { "id": "p", "plugin": "reload-probe" } ]
        """;

    private const string UnknownPlugin = """
        {
          "defaultChain": "probe",
          "chains": {
            "probe": { "steps": [ { "id": "p", "plugin": "reload-probe" } ] },
            "ghost": { "steps": [ { "id": "g", "plugin": "no-such-plugin" } ] }
          }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AValidEditIsSwappedIn(bool savedByRename)
    {
        await using var sandbox = Started(output);
        var runtime = sandbox.Runtime;

        var reloaded = sandbox.NextReload(s => s.Chains.Find("second") is not null, "chain second");
        Save(sandbox, ProbeChains.ProbeAndSecond, savedByRename);
        var snapshot = await reloaded;

        Assert.Same(snapshot, runtime.Current);
        Assert.Equal(2, snapshot.Version);
        Assert.Equal(ProbeChains.ProbeAndSecond, snapshot.ChainsJson);
        Assert.Null(snapshot.Chains.Find("slow"));
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("second")));

        // The plugins were not touched: the same loaded plugin serves the new chains.
        Assert.Equal("1.0.0", snapshot.Plugins.Find("reload-probe")!.Version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnEditWithBrokenJsonIsRefusedAndTheOldChainsKeepServingUntilAValidEdit(bool savedByRename)
    {
        await using var sandbox = Started(output);
        await RefusedThenRecoversAsync(sandbox, BrokenJson, "invalid JSON", savedByRename);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnEditNamingAnUnknownPluginIsRefusedAndTheOldChainsKeepServingUntilAValidEdit(bool savedByRename)
    {
        await using var sandbox = Started(output);
        await RefusedThenRecoversAsync(sandbox, UnknownPlugin, "unknown plugin 'no-such-plugin'", savedByRename);
    }

    private static async Task RefusedThenRecoversAsync(RuntimeSandbox sandbox, string invalid, string because, bool savedByRename)
    {
        var runtime = sandbox.Runtime;
        var before = runtime.Current;
        var reloads = 0;
        runtime.Reloaded += (_, _) => Interlocked.Increment(ref reloads);

        var refused = sandbox.NextRefusal(r => r.Contains(because, StringComparison.Ordinal), $"saying \"{because}\"");
        Save(sandbox, invalid, savedByRename);
        var reason = await refused;

        Assert.Contains(sandbox.ChainsFile, reason, StringComparison.Ordinal);
        Assert.Same(before, runtime.Current);
        Assert.Equal(0, Volatile.Read(ref reloads));
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("slow", "slow")));
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains("Reload refused", StringComparison.Ordinal) && m.Contains(because, StringComparison.Ordinal));

        // Fixing the file is accepted.
        var reloaded = sandbox.NextReload(s => s.Chains.Find("second") is not null, "chain second");
        Save(sandbox, ProbeChains.ProbeAndSecond, savedByRename);
        var snapshot = await reloaded;

        Assert.Same(snapshot, runtime.Current);
        Assert.Equal(before.Version + 1, snapshot.Version);
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("second")));
    }

    private static RuntimeSandbox Started(ITestOutputHelper output)
    {
        var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        sandbox.Start();
        return sandbox;
    }

    private static void Save(RuntimeSandbox sandbox, string json, bool byRename)
    {
        if (byRename)
        {
            sandbox.ReplaceChains(json);
        }
        else
        {
            sandbox.WriteChains(json);
        }
    }
}
