using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Loading;

/// <summary>One plugin folder loaded into its own context, from the real plugin builds the test project drops.</summary>
public sealed class PluginAssemblyTests : IDisposable
{
    private readonly List<PluginAssembly> _loaded = [];
    private readonly List<string> _temp = [];

    private static string Dropped(string name) => Path.Combine(TestPaths.TestPlugins, name);

    public void Dispose()
    {
        foreach (var assembly in _loaded)
        {
            assembly.Dispose();
        }

        foreach (var dir in _temp.Where(Directory.Exists))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void LoadsARealPluginFolderAndReportsWhatThePluginDeclares()
    {
        var assembly = Load(TestPaths.ReloadV1);

        Assert.Equal(Path.Combine(TestPaths.ReloadV1, "ReloadProbe.dll"), assembly.AssemblyPath);
        Assert.Equal(TestPaths.ReloadV1, assembly.Folder);
        Assert.NotEmpty(assembly.Fingerprint);
        var plugin = Assert.Single(assembly.Plugins);
        Assert.Equal("reload-probe", plugin.Name);
        Assert.Equal(PluginKind.Extractor, plugin.Kind);
        Assert.Equal("1.0.0", plugin.Version);
        Assert.Equal("Writes its own version into metadata, optionally after a delay.", plugin.Description);
        Assert.Equal(assembly.AssemblyPath, plugin.Source);

        using var schema = JsonDocument.Parse(plugin.OptionsSchemaText);
        var properties = schema.RootElement.GetProperty("properties");
        Assert.True(properties.TryGetProperty("delayMs", out var delay), plugin.OptionsSchemaText);
        Assert.Contains("integer", delay.GetProperty("type").ToString(), StringComparison.Ordinal);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void TheOptionsSchemaCarriesDescriptionsRangesAndDefaultsOfTheOptionsClass()
    {
        var plugin = Assert.Single(Load(Dropped("Marker")).Plugins);

        Assert.Equal("marker", plugin.Name);
        Assert.Equal(PluginKind.Cleaner, plugin.Kind);
        using var schema = JsonDocument.Parse(plugin.OptionsSchemaText);
        var repeat = schema.RootElement.GetProperty("properties").GetProperty("repeat");
        Assert.Equal(1, repeat.GetProperty("minimum").GetDouble());
        Assert.Equal(10, repeat.GetProperty("maximum").GetDouble());
        Assert.Equal(1, repeat.GetProperty("default").GetInt32());
        Assert.Equal("How many marks per occurrence (to test annotation counts).", repeat.GetProperty("description").GetString());
        var word = schema.RootElement.GetProperty("properties").GetProperty("word");
        Assert.Equal("mark", word.GetProperty("default").GetString());
    }

    [Fact]
    public void OneAssemblyMayExportSeveralPlugins()
    {
        var assembly = Load(Dropped("FaultyPlugins"));

        Assert.Equal("allocates, bad-edits, hangs, out-of-range, rejects, reports-heap, throws, waits, writes-console", string.Join(", ", assembly.Plugins.Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.All(assembly.Plugins, p => Assert.Equal(assembly.AssemblyPath, p.Source));
    }

    [Fact]
    public void EachPluginFolderGetsItsOwnLoadContextWhileTheContractTypeIsShared()
    {
        var old = Single(Load(Dropped("VersionProbeOld")));
        var @new = Single(Load(Dropped("VersionProbeNew")));
        var marker = Single(Load(Dropped("Marker")));

        var contexts = new[] { old, @new, marker }.Select(p => AssemblyLoadContext.GetLoadContext(p.GetType().Assembly)!).ToList();
        Assert.All(contexts, c => Assert.NotSame(AssemblyLoadContext.Default, c));
        Assert.Equal(3, contexts.Distinct().Count());

        // The contract is the host's own type, not a copy per context: otherwise the cast to IPlugin would fail.
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(IPlugin).Assembly));
        foreach (var plugin in new[] { old, @new, marker })
        {
            var contract = plugin.GetType().GetInterfaces().Single(i => i.FullName == typeof(IPlugin).FullName);
            Assert.Same(typeof(IPlugin), contract);
        }
    }

    [Fact]
    public void LoadingTheSameFolderTwiceGivesTwoIndependentContexts()
    {
        var first = Single(Load(TestPaths.ReloadV1));
        var second = Single(Load(TestPaths.ReloadV1));

        Assert.NotSame(first.GetType(), second.GetType());
        Assert.NotSame(AssemblyLoadContext.GetLoadContext(first.GetType().Assembly), AssemblyLoadContext.GetLoadContext(second.GetType().Assembly));
    }

    [Fact]
    public async Task TwoPluginsWithDifferentNewtonsoftVersionsEachSeeTheirOwn()
    {
        // The test host has Newtonsoft.Json 13 of its own (the test SDK brings it): a plugin that fell back to
        // the host's copy would also report 13.0.0.0. So besides the version each plugin reports, check that
        // each bound the copy from its own folder, loaded into its own context.
        var hostCopy = Path.Combine(AppContext.BaseDirectory, "Newtonsoft.Json.dll");
        Assert.True(File.Exists(hostCopy), "the test host is expected to ship its own Newtonsoft.Json");
        Assert.Equal(new Version(13, 0, 0, 0), AssemblyName.GetAssemblyName(hostCopy).Version);

        var oldAssembly = Load(Dropped("VersionProbeOld"));
        var newAssembly = Load(Dropped("VersionProbeNew"));
        var registry = new PluginRegistry(oldAssembly.Plugins.Concat(newAssembly.Plugins));
        var chains = ChainLoader.LoadFile(
            """
            { "chains": { "both": { "steps": [ { "plugin": "version-probe-old" }, { "plugin": "version-probe-new" } ] } } }
            """,
            "test chains",
            registry);

        var result = await chains.Find("both")!.RunAsync(new DocumentInput { Text = "text" }, trace: false, CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal("12.0.0.0 {\"ok\":true}", result.Metadata["newtonsoft-old"]);
        Assert.Equal("13.0.0.0 {\"ok\":true}", result.Metadata["newtonsoft-new"]);

        var oldContext = AssemblyLoadContext.GetLoadContext(oldAssembly.Plugins[0].Plugin.GetType().Assembly)!;
        var newContext = AssemblyLoadContext.GetLoadContext(newAssembly.Plugins[0].Plugin.GetType().Assembly)!;
        var oldJson = Assert.Single(oldContext.Assemblies, a => a.GetName().Name == "Newtonsoft.Json");
        var newJson = Assert.Single(newContext.Assemblies, a => a.GetName().Name == "Newtonsoft.Json");
        Assert.Equal(new Version(12, 0, 0, 0), oldJson.GetName().Version);
        Assert.Equal(new Version(13, 0, 0, 0), newJson.GetName().Version);
        Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, a => ReferenceEquals(a, oldJson) || ReferenceEquals(a, newJson));
    }

    [Fact]
    public void AFolderWithoutItsMainAssemblyIsRefusedNamingTheFolder()
    {
        var folder = TempFolder("NoMain");
        File.Copy(Path.Combine(TestPaths.ReloadV1, "ReloadProbe.dll"), Path.Combine(folder, "ReloadProbe.dll"));

        var ex = Assert.Throws<PluginLoadException>(() => PluginAssembly.Load(folder, NullLoggerFactory.Instance));

        Assert.Equal(folder, ex.Folder);
        Assert.Contains(folder, ex.Message, StringComparison.Ordinal);
        Assert.Contains("NoMain.dll", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWhoseAssemblyIsGarbageIsRefusedWithAClearMessage()
    {
        var folder = TempFolder("Garbage");
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(folder, "Garbage.dll"), bytes);

        var ex = Assert.Throws<PluginLoadException>(() => PluginAssembly.Load(folder, NullLoggerFactory.Instance));

        Assert.Equal(folder, ex.Folder);
        Assert.StartsWith($"plugin folder {folder}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(BadImageFormatException), ex.Message, StringComparison.Ordinal);
        Assert.IsType<BadImageFormatException>(ex.InnerException);
    }

    [Fact]
    public void AnAssemblyWithoutAnyPluginIsRefused()
    {
        var folder = TempFolder("Humanizer");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Humanizer.dll"), Path.Combine(folder, "Humanizer.dll"));

        var ex = Assert.Throws<PluginLoadException>(() => PluginAssembly.Load(folder, NullLoggerFactory.Instance));

        Assert.Equal(folder, ex.Folder);
        Assert.Contains("no public class implementing IPlugin", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PluginsLoadIntoContextsThatAreCollectibleOnlyWhenAsked()
    {
        // Collectible code is compiled without tiered compilation: slower, so only on request.
        var plain = Single(Load(Dropped("Marker")));
        var collectible = Single(Load(Dropped("Marker"), collectible: true));

        Assert.False(AssemblyLoadContext.GetLoadContext(plain.GetType().Assembly)!.IsCollectible);
        Assert.True(AssemblyLoadContext.GetLoadContext(collectible.GetType().Assembly)!.IsCollectible);
    }

    private PluginAssembly Load(string folder, bool collectible = false)
    {
        var assembly = PluginAssembly.Load(folder, NullLoggerFactory.Instance, collectible);
        _loaded.Add(assembly);
        return assembly;
    }

    private static IPlugin Single(PluginAssembly assembly) => Assert.Single(assembly.Plugins).Plugin;

    private string TempFolder(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "docpipe-assembly-" + Guid.NewGuid().ToString("N")[..12]);
        _temp.Add(root);
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
