using Json.Schema;
using Pipeline.Abstractions;

namespace Pipeline.Core.Plugins;

/// <summary>A plugin the host loaded, with where it came from and its parsed options schema.</summary>
public sealed class LoadedPlugin
{
    private readonly Lazy<JsonSchema> _schema;

    public LoadedPlugin(IPlugin plugin, string source)
    {
        Plugin = plugin;
        Source = source;
        Name = plugin.Name;
        Kind = plugin.Kind;
        Version = plugin.Version;
        Description = plugin.Description;
        OptionsSchemaText = plugin.OptionsSchema;
        _schema = new Lazy<JsonSchema>(() => JsonSchema.FromText(OptionsSchemaText));
    }

    public IPlugin Plugin { get; }

    /// <summary>The folder (or assembly) the plugin was loaded from.</summary>
    public string Source { get; }

    public string Name { get; }

    public PluginKind Kind { get; }

    public string Version { get; }

    public string Description { get; }

    public string OptionsSchemaText { get; }

    internal JsonSchema OptionsSchema => _schema.Value;
}
