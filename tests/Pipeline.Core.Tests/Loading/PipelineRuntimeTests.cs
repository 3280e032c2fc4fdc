using Pipeline.Core.Chains;
using Pipeline.Core.Tests.Support;
using Xunit.Abstractions;
using static Pipeline.Core.Tests.Loading.ProbeChains;

namespace Pipeline.Core.Tests.Loading;

/// <summary>Starting the runtime, and swapping plugin builds under it while it serves.</summary>
public sealed class PipelineRuntimeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task StartsWithThePluginsAndChainsAndServesADocument()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.AddPlugin(Path.Combine(TestPaths.TestPlugins, "Marker"));
        sandbox.WriteChains(ProbeChains.Probe);

        var runtime = sandbox.Start();

        var snapshot = runtime.Current;
        Assert.Equal(1, snapshot.Version);
        Assert.Equal("marker, reload-probe", string.Join(", ", snapshot.Plugins.All.Select(p => p.Name)));
        Assert.Equal("1.0.0", snapshot.Plugins.Find("reload-probe")!.Version);
        Assert.Equal("probe, slow", string.Join(", ", snapshot.Chains.Chains.Select(c => c.Name)));
        Assert.Equal("probe", snapshot.Chains.DefaultChain);
        Assert.Equal(ProbeChains.Probe, snapshot.ChainsJson);
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
    }

    [Fact]
    public async Task AnInvalidChainsFileAtStartThrowsWithErrorsLocatedByPathLineAndColumn()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        const string Chains = """
            {
              "defaultChain": "probe",
              "chains": {
                "probe": {
                  "steps": [
                    { "id": "p", "plugin": "no-such-plugin" }
                  ]
                }
              }
            }
            """;
        sandbox.WriteChains(Chains);

        var ex = Assert.Throws<ChainValidationException>(() => sandbox.Start());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("$.chains.probe.steps[0].plugin", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Equal(Chains.Split('\n')[5].IndexOf("\"plugin\"", StringComparison.Ordinal) + 1, error.Column);
        Assert.Contains("unknown plugin 'no-such-plugin'", error.Message, StringComparison.Ordinal);
        Assert.Contains("reload-probe", error.Message, StringComparison.Ordinal);
        Assert.Contains(sandbox.ChainsFile, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenChainsFileAtStartThrowsWithTheLineAndColumnOfTheSyntaxError()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains("""
            {
              "chains": {
                "probe": { "steps": [ { "plugin": "reload-probe" } ] }
                "second": { "steps": [] }
              }
            }
            """);

        var ex = Assert.Throws<ChainValidationException>(() => sandbox.Start());

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
        Assert.True(error.Column > 0, error.ToString());
    }

    [Fact]
    public async Task ReplacingThePluginByCopyingTheNewBuildOverTheOldServesTheNewVersion()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start();
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));

        var reloaded = sandbox.NextReload(ServesV2, "reload-probe 2.0.0");
        CopyV2Over(sandbox);
        var snapshot = await reloaded;

        Assert.True(snapshot.Version > 1);
        Assert.Same(snapshot, runtime.Current);
        Assert.Equal("v2", VersionOf(await sandbox.RunAsync("probe")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReplacingThePluginByRenamingTheNewBuildOverTheOldServesTheNewVersion(bool tempInsideFolder)
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start();
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));

        var reloaded = sandbox.NextReload(ServesV2, "reload-probe 2.0.0");
        RenameV2Over(sandbox, tempInsideFolder);
        var snapshot = await reloaded;

        Assert.Same(snapshot, runtime.Current);
        Assert.Equal("v2", VersionOf(await sandbox.RunAsync("probe")));
        Assert.Equal("probe, slow", string.Join(", ", snapshot.Chains.Chains.Select(c => c.Name)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APluginFolderDroppedIntoThePluginsDirectoryBecomesAvailable(bool movedInWhole)
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start();
        Assert.Null(runtime.Current.Plugins.Find("marker"));

        var withMarker = sandbox.NextReload(s => s.Plugins.Find("marker") is not null, "plugin marker");
        var marker = Path.Combine(TestPaths.TestPlugins, "Marker");
        if (movedInWhole)
        {
            // Staged outside the watched directory, then moved in with one rename.
            var staged = Path.Combine(sandbox.Root, "staging", "Marker");
            RuntimeSandbox.CopyFolder(marker, staged);
            Directory.Move(staged, Path.Combine(sandbox.PluginsDirectory, "Marker"));
        }
        else
        {
            sandbox.AddPlugin(marker);
        }

        var snapshot = await withMarker;
        Assert.Equal("reload-probe", snapshot.Plugins.Find("reload-probe")!.Name);
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));

        // The chains file may now use it.
        var withChain = sandbox.NextReload(s => s.Chains.Find("marked") is not null, "chain marked");
        sandbox.ReplaceChains("""
            {
              "defaultChain": "probe",
              "chains": {
                "probe": { "steps": [ { "id": "p", "plugin": "reload-probe" } ] },
                "marked": { "steps": [ { "plugin": "marker", "options": { "word": "mark" } } ] }
              }
            }
            """);
        await withChain;

        var result = await sandbox.RunAsync("marked", "mark my words, mark them");
        Assert.Null(result.Failure);
        Assert.Equal(2, result.Annotations.Count);
    }

    [Fact]
    public async Task RequestsAlreadyRunningFinishOnTheOldVersionWhileNewOnesGetTheNew()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start();

        // A request in flight: its lease was taken on V1, and its slow step is running.
        var inFlight = runtime.Acquire();
        var slow = RuntimeSandbox.RunOnAsync(inFlight.Snapshot, "slow");

        // Meanwhile, a steady stream of short requests, each on its own lease.
        using var stop = new CancellationTokenSource();
        var streams = Enumerable.Range(0, 2).Select(_ => Task.Run(() => StreamOfRequestsAsync(sandbox, stop.Token))).ToList();

        var reloaded = sandbox.NextReload(ServesV2, "reload-probe 2.0.0");
        RenameV2Over(sandbox);
        await reloaded;

        Assert.Equal("v2", VersionOf(await sandbox.RunAsync("probe")));
        Assert.Equal("v1", VersionOf(await slow));

        // However long a request holds its lease, it keeps running on the version it started with.
        Assert.Equal("v1", VersionOf(await RuntimeSandbox.RunOnAsync(inFlight.Snapshot, "probe")));
        inFlight.Dispose();

        await stop.CancelAsync();
        var seen = await Task.WhenAll(streams);
        foreach (var versions in seen)
        {
            Assert.All(versions, v => Assert.True(v is "v1" or "v2", v));
            Assert.Equal("v2", versions[^1]);

            // Within one stream, once a request got V2, no later one gets V1.
            var firstV2 = versions.IndexOf("v2");
            Assert.DoesNotContain("v1", versions.Skip(firstV2));
        }
    }

    [Fact]
    public async Task ReloadAllWithNothingChangedKeepsTheVersion()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.AddPlugin(Path.Combine(TestPaths.TestPlugins, "Marker"));
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start(watch: false);
        var before = runtime.Current;
        var reloads = 0;
        runtime.Reloaded += (_, _) => Interlocked.Increment(ref reloads);

        await runtime.ReloadAllAsync();
        await runtime.ReloadAllAsync();

        Assert.Same(before, runtime.Current);
        Assert.Equal(1, runtime.Current.Version);
        Assert.Equal(0, Volatile.Read(ref reloads));
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
    }

    [Fact]
    public async Task ReloadAllPicksUpAChangeEvenWhenNotWatching()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start(watch: false);

        RenameV2Over(sandbox);
        await runtime.ReloadAllAsync();

        Assert.Equal(2, runtime.Current.Version);
        Assert.Equal("v2", VersionOf(await sandbox.RunAsync("probe")));
    }

    /// <summary>Short requests one after another until stopped and V2 was seen (or the event timeout passed).</summary>
    private static async Task<List<string>> StreamOfRequestsAsync(RuntimeSandbox sandbox, CancellationToken stop)
    {
        var versions = new List<string>();
        var deadline = DateTime.UtcNow + RuntimeSandbox.EventTimeout;
        while ((!stop.IsCancellationRequested || !versions.Contains("v2")) && DateTime.UtcNow < deadline)
        {
            var result = await sandbox.RunAsync("probe");
            Assert.Null(result.Failure);
            versions.Add(result.Metadata["reload-probe"]);
            await Task.Delay(10, CancellationToken.None);
        }

        return versions;
    }
}
