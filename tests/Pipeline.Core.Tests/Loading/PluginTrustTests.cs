using Pipeline.Core.Chains;
using Pipeline.Core.Plugins;
using Pipeline.Core.Tests.Support;
using Xunit.Abstractions;
using static Pipeline.Core.Tests.Loading.ProbeChains;

namespace Pipeline.Core.Tests.Loading;

/// <summary>The plugin allow-list, with real plugin DLLs copied from the build: pinned folders load, anything else is refused before loading.</summary>
public sealed class PluginTrustTests(ITestOutputHelper output)
{
    private static string ProbeKey => "ReloadProbe/ReloadProbe.dll";

    [Fact]
    public async Task AnUnlistedPluginFolderIsRefusedAndLoggedWithItsPathAndHashAndItsPluginIsUnknownToChains()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        var marker = sandbox.AddPlugin(Path.Combine(TestPaths.TestPlugins, "Marker"));
        sandbox.WriteChains(Probe);
        var markerDll = Path.Combine(marker, "Marker.dll");

        var runtime = sandbox.Start(watch: false, trust: Pinned((ProbeKey, PluginTrust.HashOf(Path.Combine(TestPaths.ReloadV1, "ReloadProbe.dll")))));

        Assert.Equal(["reload-probe"], runtime.Current.Plugins.All.Select(p => p.Name));
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains(" Error ", StringComparison.Ordinal)
            && m.Contains(markerDll, StringComparison.Ordinal)
            && m.Contains(PluginTrust.HashOf(markerDll), StringComparison.Ordinal)
            && m.Contains("not in Pipeline:TrustedPlugins", StringComparison.Ordinal));
        var error = Assert.Single(ChainLoader.ValidateInline("""{"steps": [ {"plugin": "marker"} ]}""", runtime.Current.Plugins));
        Assert.Contains("unknown plugin 'marker'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAssemblyOfAFolderMustBePinnedNotOnlyItsMainOne()
    {
        await using var sandbox = new RuntimeSandbox(output);
        var folder = sandbox.AddPlugin(Path.Combine(TestPaths.TestPlugins, "VersionProbeOld"));
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(Probe);
        var main = Path.Combine(folder, "VersionProbeOld.dll");

        var runtime = sandbox.Start(watch: false, trust: Pinned(
            (ProbeKey, PluginTrust.HashOf(Path.Combine(TestPaths.ReloadV1, "ReloadProbe.dll"))),
            ("VersionProbeOld/VersionProbeOld.dll", PluginTrust.HashOf(main))));

        Assert.Null(runtime.Current.Plugins.Find("version-probe"));
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains("Newtonsoft.Json.dll", StringComparison.Ordinal) && m.Contains("not in Pipeline:TrustedPlugins", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APinnedHashThatDoesNotMatchTheFileRefusesTheFolderAtStart()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains("""{ "chains": { "empty": { "steps": [] } } }""");
        var v2Hash = PluginTrust.HashOf(Path.Combine(TestPaths.ReloadV2, "ReloadProbe.dll"));

        var runtime = sandbox.Start(watch: false, trust: Pinned((ProbeKey, v2Hash)));

        Assert.Empty(runtime.Current.Plugins.All);
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains($"does not match its pinned sha256 {v2Hash}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChangedDllIsRefusedOnReloadAndThePinnedBuildKeepsServing()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(Probe);
        var runtime = sandbox.Start(trust: Pinned((ProbeKey, PluginTrust.HashOf(Path.Combine(TestPaths.ReloadV1, "ReloadProbe.dll")))));
        var before = runtime.Current;

        var refused = sandbox.NextRefusal(r => r.Contains(ProbeFolder(sandbox), StringComparison.Ordinal), "of the probe's folder");
        RenameV2Over(sandbox);
        await refused;

        Assert.Same(before, runtime.Current);
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
        var v2Hash = PluginTrust.HashOf(Path.Combine(TestPaths.ReloadV2, "ReloadProbe.dll"));
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains(" Error ", StringComparison.Ordinal) && m.Contains(v2Hash, StringComparison.Ordinal));
    }

    [Fact]
    public void HashesAreTheLowerCaseHexSha256OfTheFileBytesAsSha256sumPrintsThem()
    {
        var file = Path.Combine(Path.GetTempPath(), "docpipe-hash-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(file, "abc");
        try
        {
            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PluginTrust.HashOf(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static PluginTrust Pinned(params (string File, string Hash)[] pins) =>
        new(pins.Select(p => KeyValuePair.Create(p.File, p.Hash.ToUpperInvariant())));
}
