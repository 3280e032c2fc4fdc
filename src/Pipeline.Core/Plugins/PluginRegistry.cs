using System.Collections.Frozen;

namespace Pipeline.Core.Plugins;

/// <summary>An immutable set of loaded plugins, by name.</summary>
public sealed class PluginRegistry
{
    private readonly FrozenDictionary<string, LoadedPlugin> _byName;

    public PluginRegistry(IEnumerable<LoadedPlugin> plugins)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        var byName = new Dictionary<string, LoadedPlugin>(StringComparer.Ordinal);
        foreach (var plugin in plugins)
        {
            if (!byName.TryAdd(plugin.Name, plugin))
            {
                throw new InvalidOperationException($"Two plugins are named '{plugin.Name}': {byName[plugin.Name].Source} and {plugin.Source}.");
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        All = [.. byName.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    public static PluginRegistry Empty { get; } = new([]);

    /// <summary>Every plugin, ordered by name.</summary>
    public IReadOnlyList<LoadedPlugin> All { get; }

    public LoadedPlugin? Find(string name) => _byName.GetValueOrDefault(name);
}
