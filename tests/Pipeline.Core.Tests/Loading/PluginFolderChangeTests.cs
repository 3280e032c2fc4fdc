using Pipeline.Core.Tests.Support;
using Xunit.Abstractions;
using static Pipeline.Core.Tests.Loading.ProbeChains;

namespace Pipeline.Core.Tests.Loading;

/// <summary>Plugin folders that break, disappear or fail to load, while the runtime serves.</summary>
public sealed class PluginFolderChangeTests(ITestOutputHelper output)
{
    private const string ProbeAndMarked = """
        {
          "defaultChain": "probe",
          "chains": {
            "probe": { "steps": [ { "id": "p", "plugin": "reload-probe" } ] },
            "marked": { "steps": [ { "plugin": "marker" } ] }
          }
        }
        """;

    [Fact]
    public async Task AFolderThatFailsToLoadAtStartIsSkippedAndTheOthersServe()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        var garbage = Path.Combine(sandbox.PluginsDirectory, "Garbage");
        Directory.CreateDirectory(garbage);
        await File.WriteAllBytesAsync(Path.Combine(garbage, "Garbage.dll"), new byte[512]);
        sandbox.WriteChains(ProbeChains.Probe);

        var runtime = sandbox.Start();

        Assert.Equal("reload-probe", Assert.Single(runtime.Current.Plugins.All).Name);
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains($"Plugin folder {garbage} was not loaded", StringComparison.Ordinal));
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
    }

    [Fact]
    public async Task AGarbageBuildDroppedOverAPluginIsRefusedAndTheOldBuildKeepsServing()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start(watch: false);
        var before = runtime.Current;
        var refusals = new List<string>();
        runtime.ReloadRefused += (_, reason) => refusals.Add(reason);

        var temp = Path.Combine(ProbeFolder(sandbox), "ReloadProbe.dll.incoming");
        await File.WriteAllBytesAsync(temp, new byte[8192]);
        File.Move(temp, Path.Combine(ProbeFolder(sandbox), "ReloadProbe.dll"), overwrite: true);
        await runtime.ReloadAllAsync();

        // The old build keeps serving...
        Assert.Same(before, runtime.Current);
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));

        // ...and the refusal is reported like any other refused change.
        var reason = Assert.Single(refusals);
        Assert.Contains(ProbeFolder(sandbox), reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingAPluginFolderNoChainUsesRemovesItsPlugins()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        var marker = sandbox.AddPlugin(Path.Combine(TestPaths.TestPlugins, "Marker"));
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start();
        Assert.NotNull(runtime.Current.Plugins.Find("marker"));

        var reloaded = sandbox.NextReload(s => s.Plugins.Find("marker") is null, "plugin marker gone");
        Directory.Delete(marker, recursive: true);
        await reloaded;

        Assert.Equal("reload-probe", Assert.Single(runtime.Current.Plugins.All).Name);
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
    }

    [Fact]
    public async Task RemovingAPluginFolderAChainUsesIsRefusedUntilTheChainIsDropped()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        var marker = sandbox.AddPlugin(Path.Combine(TestPaths.TestPlugins, "Marker"));
        sandbox.WriteChains(ProbeAndMarked);
        var runtime = sandbox.Start();
        var before = runtime.Current;

        var refused = sandbox.NextRefusal(r => r.Contains("unknown plugin 'marker'", StringComparison.Ordinal), "for the missing marker");
        Directory.Delete(marker, recursive: true);
        await refused;

        // The chains that use it keep serving: the loaded plugin does not need its files.
        Assert.Same(before, runtime.Current);
        var marked = await sandbox.RunAsync("marked", "mark");
        Assert.Null(marked.Failure);
        Assert.Single(marked.Annotations);

        // Once the chains file no longer uses it, the plugin whose folder is gone goes too.
        var reloaded = sandbox.NextReload(s => s.Chains.Find("marked") is null, "chain marked gone");
        sandbox.ReplaceChains(ProbeChains.Probe);
        var snapshot = await reloaded;

        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
        Assert.Null(snapshot.Plugins.Find("marker"));
    }
}
