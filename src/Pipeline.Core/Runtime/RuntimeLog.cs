using Microsoft.Extensions.Logging;

namespace Pipeline.Core.Runtime;

internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Information, "Loaded plugin {Plugin} {Version} ({Kind}) from {Folder}")]
    public static partial void PluginLoaded(ILogger logger, string plugin, string version, string kind, string folder);

    [LoggerMessage(2, LogLevel.Error, "Plugin folder {Folder} was not loaded: {Reason}")]
    public static partial void PluginFailed(ILogger logger, string folder, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Plugin directory {Directory} does not exist; skipped")]
    public static partial void DirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(4, LogLevel.Information, "Loaded {ChainCount} chains from {ChainsFile} (default {DefaultChain}), configuration version {Version}")]
    public static partial void ChainsLoaded(ILogger logger, int chainCount, string chainsFile, string defaultChain, long version);

    [LoggerMessage(5, LogLevel.Error, "Reload refused, the previous configuration keeps serving: {Reason}")]
    public static partial void ReloadRefused(ILogger logger, string reason);

    [LoggerMessage(6, LogLevel.Information, "Reloaded plugin folder {Folder}")]
    public static partial void PluginReloaded(ILogger logger, string folder);

    [LoggerMessage(7, LogLevel.Information, "Plugin folder {Folder} removed; its plugins are unloaded")]
    public static partial void PluginRemoved(ILogger logger, string folder);

    [LoggerMessage(8, LogLevel.Debug, "Unloaded plugin context {Folder}")]
    public static partial void PluginUnloaded(ILogger logger, string folder);
}
