namespace Pipeline.Host.Configuration;

/// <summary>The <c>Pipeline</c> section of appsettings.json.</summary>
public sealed class PipelineHostOptions
{
    public const string Section = "Pipeline";

    /// <summary>The chains file. Default: <c>chains.json</c> beside the host. A relative path is taken from the working directory.</summary>
    public string? ChainsFile { get; set; }

    /// <summary>Plugin folders besides the built-in <c>plugins/</c> beside the host. Relative paths are taken from the working directory.</summary>
    public IList<string> PluginDirectories { get; } = [];

    /// <summary>Whether the <c>plugins/</c> folder beside the host is loaded. Default: true.</summary>
    public bool LoadBuiltInPlugins { get; set; } = true;

    /// <summary>The largest document text accepted, in UTF-8 bytes. Default: 16 MiB.</summary>
    public int MaxDocumentBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The largest gRPC message accepted or sent, in bytes. Default: 64 MiB. A larger request is <c>RESOURCE_EXHAUSTED</c>.</summary>
    public int MaxMessageBytes { get; set; } = PipelineHost.MaxMessageBytes;

    /// <summary>
    /// How many documents of one <c>ProcessStream</c> call run at once. Replies still go back in request order, and no
    /// more requests are read while this many are running or waiting for an earlier document's reply. Default: 0, one
    /// per processor (<see cref="ResolveStreamConcurrency"/>); 1 runs a stream's documents one after another.
    /// </summary>
    public int StreamConcurrency { get; set; }

    /// <summary>Reload on changes to plugin folders and the chains file. Default: true.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>
    /// Load plugins so that a replaced one's code is unloaded, at about a sixth of the news chain's speed (see
    /// <c>PipelineRuntimeOptions.CollectiblePlugins</c>). Default: false.
    /// </summary>
    public bool CollectiblePlugins { get; set; }

    /// <summary>How many steps abandoned at their timeout may still run before new documents are refused and health says NOT_SERVING. Default: 16; 0 for no cap.</summary>
    public int MaxAbandonedSteps { get; set; } = 16;

    /// <summary>How far the live managed heap may grow while one step runs before the step is stopped (RESOURCE_EXHAUSTED). Default: 1 GiB; 0 for no budget.</summary>
    public long StepMemoryBudgetBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>A GC heap hard limit set at start-up, past which allocations throw OutOfMemoryException instead of the OS killing the process. Default: 0, the runtime's own (75% of a container's memory limit, none outside one).</summary>
    public long HeapHardLimitBytes { get; set; }

    /// <summary>
    /// The plugin allow-list: <c>Folder/File.dll</c> (relative to its plugin directory) to its SHA-256 in hex.
    /// Empty (the default): every plugin folder loads. Otherwise a folder with any assembly unlisted or changed is refused.
    /// </summary>
    public IDictionary<string, string> TrustedPlugins { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string ResolveChainsFile() =>
        string.IsNullOrWhiteSpace(ChainsFile) ? Path.Combine(AppContext.BaseDirectory, "chains.json") : Path.GetFullPath(ChainsFile);

    public int ResolveStreamConcurrency() => StreamConcurrency > 0 ? StreamConcurrency : Environment.ProcessorCount;

    public IEnumerable<string> ResolvePluginDirectories()
    {
        if (LoadBuiltInPlugins)
        {
            yield return Path.Combine(AppContext.BaseDirectory, "plugins");
        }

        foreach (var directory in PluginDirectories)
        {
            yield return Path.GetFullPath(directory);
        }
    }
}
