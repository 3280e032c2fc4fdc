using Pipeline.Core.Plugins;

namespace Pipeline.Core.Runtime;

/// <summary>Where the runtime finds its plugins and chains.</summary>
public sealed class PipelineRuntimeOptions
{
    /// <summary>Folders whose every sub-folder is one plugin. Missing folders are skipped with a warning.</summary>
    public IList<string> PluginDirectories { get; } = [];

    /// <summary>The chains file (JSON).</summary>
    public required string ChainsFile { get; init; }

    /// <summary>Watch plugin folders and the chains file and reload on change. Default: true.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>
    /// Load plugins into collectible contexts, so that a replaced or removed plugin's code is unloaded. Default:
    /// false, because the runtime compiles collectible code without tiered compilation and profile-guided
    /// optimisation (the news chain runs about a sixth slower); a replaced plugin's code then stays in memory
    /// until the process ends, a few hundred kilobytes per replacement.
    /// </summary>
    public bool CollectiblePlugins { get; init; }

    /// <summary>How long changes must settle before a reload. Default: 300 ms.</summary>
    public TimeSpan ReloadDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// The plugin allow-list, or null to load every plugin folder (the default). With it, a folder whose
    /// assemblies are not all pinned with their current SHA-256 is refused and logged.
    /// </summary>
    public PluginTrust? Trust { get; init; }
}
