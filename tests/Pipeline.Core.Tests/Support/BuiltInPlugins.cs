using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core.Plugins;

namespace Pipeline.Core.Tests.Support;

/// <summary>The built-in plugins, each loaded from the folder the build dropped it in, as the host loads them.</summary>
public sealed class BuiltInPlugins : IDisposable
{
    private readonly List<PluginAssembly> _assemblies;

    public BuiltInPlugins()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "builtin-plugins");
        Assert.True(Directory.Exists(folder), $"the build dropped no built-in plugins at {folder}");
        _assemblies = [.. Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Select(f => PluginAssembly.Load(f, NullLoggerFactory.Instance))];
        Registry = new PluginRegistry(_assemblies.SelectMany(a => a.Plugins));
    }

    public PluginRegistry Registry { get; }

    public void Dispose()
    {
        foreach (var assembly in _assemblies)
        {
            assembly.Dispose();
        }
    }
}
