using Microsoft.Extensions.Logging;
using Pipeline.Core.Chains;
using Pipeline.Core.Plugins;

namespace Pipeline.Core.Runtime;

/// <summary>
/// The loaded plugins and built chains, kept current: plugin folders and the chains file are watched, and
/// a valid change is swapped in atomically as a new <see cref="PipelineSnapshot"/> while requests already
/// running finish on the old one. An invalid change is refused and logged; the old snapshot keeps serving.
/// </summary>
public sealed class PipelineRuntime : IDisposable
{
    private readonly PipelineRuntimeOptions _options;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly Lock _dirtyGate = new();
    private readonly HashSet<string> _dirtyFolders = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private Dictionary<string, PluginAssembly> _assemblies = new(StringComparer.Ordinal);
    private PipelineSnapshot _current;
    private bool _chainsDirty;
    private bool _disposed;

    private PipelineRuntime(PipelineRuntimeOptions options, ILoggerFactory loggers)
    {
        _options = options;
        _loggers = loggers;
        _logger = loggers.CreateLogger<PipelineRuntime>();
        _debounce = new Timer(_ => _ = ReloadPendingAsync(), null, Timeout.Infinite, Timeout.Infinite);
        _current = null!;
    }

    /// <summary>Raised after a change was swapped in.</summary>
    public event EventHandler<PipelineSnapshot>? Reloaded;

    /// <summary>Raised when a change was refused, with the reason.</summary>
    public event EventHandler<string>? ReloadRefused;

    /// <summary>The configuration serving now.</summary>
    public PipelineSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Loads every plugin folder and the chains file. Throws <see cref="ChainValidationException"/> when the chains file is invalid.</summary>
    public static PipelineRuntime Start(PipelineRuntimeOptions options, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var runtime = new PipelineRuntime(options, loggers);
        try
        {
            runtime.LoadInitial();
            if (options.Watch)
            {
                runtime.StartWatching();
            }

            return runtime;
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }

    /// <summary>Takes the current snapshot for one request; dispose the lease when the request ends.</summary>
    public SnapshotLease Acquire()
    {
        while (true)
        {
            var snapshot = Current;
            if (snapshot.TryAcquire())
            {
                return new SnapshotLease(snapshot);
            }
        }
    }

    /// <summary>Reloads every plugin folder and the chains file now, as the watchers would on a change.</summary>
    public Task ReloadAllAsync()
    {
        lock (_dirtyGate)
        {
            foreach (var folder in PluginFolders())
            {
                _dirtyFolders.Add(folder);
            }

            foreach (var folder in _assemblies.Keys)
            {
                _dirtyFolders.Add(folder);
            }

            _chainsDirty = true;
        }

        return ReloadPendingAsync();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
        _reloadGate.Wait();
        foreach (var assembly in _assemblies.Values)
        {
            assembly.Dispose();
        }

        _assemblies.Clear();
        _reloadGate.Release();
        _reloadGate.Dispose();
    }

    private void LoadInitial()
    {
        foreach (var folder in PluginFolders())
        {
            TryLoad(folder, _assemblies);
        }

        var registry = BuildRegistry(_assemblies);
        var json = File.ReadAllText(_options.ChainsFile);
        var chains = ChainLoader.LoadFile(json, _options.ChainsFile, registry);
        _current = new PipelineSnapshot(1, registry, chains, json, [.. _assemblies.Values]);
        RuntimeLog.ChainsLoaded(_logger, chains.Chains.Count, _options.ChainsFile, chains.DefaultChain, 1);
    }

    private IEnumerable<string> PluginFolders()
    {
        foreach (var directory in _options.PluginDirectories)
        {
            if (!Directory.Exists(directory))
            {
                RuntimeLog.DirectoryMissing(_logger, directory);
                continue;
            }

            foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
            {
                yield return Path.GetFullPath(folder);
            }
        }
    }

    private bool TryLoad(string folder, Dictionary<string, PluginAssembly> into)
    {
        try
        {
            var assembly = PluginAssembly.Load(folder, _loggers, _options.CollectiblePlugins, _options.Trust);
            into[folder] = assembly;
            foreach (var plugin in assembly.Plugins)
            {
                RuntimeLog.PluginLoaded(_logger, plugin.Name, plugin.Version, plugin.Kind.ToString().ToLowerInvariant(), folder);
            }

            return true;
        }
        catch (PluginLoadException ex)
        {
            RuntimeLog.PluginFailed(_logger, folder, ex.Message);
            return false;
        }
    }

    /// <summary>Builds the registry; of two folders exporting the same plugin name, the first in path order wins and the other is logged.</summary>
    private PluginRegistry BuildRegistry(Dictionary<string, PluginAssembly> assemblies)
    {
        var byName = new Dictionary<string, LoadedPlugin>(StringComparer.Ordinal);
        foreach (var (folder, assembly) in assemblies.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            foreach (var plugin in assembly.Plugins)
            {
                if (!byName.TryAdd(plugin.Name, plugin))
                {
                    RuntimeLog.PluginFailed(_logger, folder, $"plugin name '{plugin.Name}' is already taken by {byName[plugin.Name].Source}");
                }
            }
        }

        return new PluginRegistry(byName.Values);
    }

    private void StartWatching()
    {
        foreach (var directory in _options.PluginDirectories.Where(Directory.Exists))
        {
            var root = Path.GetFullPath(directory);
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void OnPluginChange(string path) => MarkPluginDirty(root, path);
            watcher.Created += (_, e) => OnPluginChange(e.FullPath);
            watcher.Changed += (_, e) => OnPluginChange(e.FullPath);
            watcher.Deleted += (_, e) => OnPluginChange(e.FullPath);
            // A DLL renamed over the old one raises Renamed, not Changed: both names may be a plugin folder's.
            watcher.Renamed += (_, e) =>
            {
                OnPluginChange(e.OldFullPath);
                OnPluginChange(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        var chainsPath = Path.GetFullPath(_options.ChainsFile);
        var chainsWatcher = new FileSystemWatcher(Path.GetDirectoryName(chainsPath)!)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        var chainsName = Path.GetFileName(chainsPath);
        void OnChainsChange(string? name)
        {
            if (string.Equals(name, chainsName, StringComparison.Ordinal))
            {
                lock (_dirtyGate)
                {
                    _chainsDirty = true;
                }

                Schedule();
            }
        }

        chainsWatcher.Created += (_, e) => OnChainsChange(e.Name);
        chainsWatcher.Changed += (_, e) => OnChainsChange(e.Name);
        chainsWatcher.Renamed += (_, e) => OnChainsChange(e.Name);
        chainsWatcher.EnableRaisingEvents = true;
        _watchers.Add(chainsWatcher);
    }

    private void MarkPluginDirty(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var first = relative.Split(Path.DirectorySeparatorChar, 2)[0];
        if (first is "." or ".." || first.Length == 0)
        {
            return;
        }

        lock (_dirtyGate)
        {
            _dirtyFolders.Add(Path.Combine(root, first));
        }

        Schedule();
    }

    private void Schedule()
    {
        if (!_disposed)
        {
            _debounce.Change(_options.ReloadDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task ReloadPendingAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await _reloadGate.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            string[] folders;
            bool chainsDirty;
            lock (_dirtyGate)
            {
                folders = [.. _dirtyFolders];
                chainsDirty = _chainsDirty;
                _dirtyFolders.Clear();
                _chainsDirty = false;
            }

            if (folders.Length > 0 || chainsDirty)
            {
                Reload(folders, chainsDirty);
            }
        }
        catch (Exception ex)
        {
            // A reload runs on a timer: nothing above it would see the exception.
            RuntimeLog.ReloadRefused(_logger, ex.ToString());
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    private void Reload(string[] folders, bool chainsDirty)
    {
        var old = Current;
        var next = new Dictionary<string, PluginAssembly>(_assemblies, StringComparer.Ordinal);
        var loadedNow = new List<PluginAssembly>();
        var removed = new List<string>();
        var pluginsChanged = false;

        // A folder removed earlier while a chain still used it stays loaded; look at it again every time.
        foreach (var folder in folders.Concat(_assemblies.Keys.Where(f => !Directory.Exists(f))).Distinct(StringComparer.Ordinal))
        {
            var main = PluginAssembly.MainAssemblyOf(folder);
            next.TryGetValue(folder, out var existing);
            if (!File.Exists(main))
            {
                if (existing is not null && !Directory.Exists(folder))
                {
                    next.Remove(folder);
                    removed.Add(folder);
                    pluginsChanged = true;
                }

                continue;
            }

            if (existing is not null && existing.Fingerprint == PluginAssembly.FingerprintOf(main))
            {
                continue;
            }

            var attempt = new Dictionary<string, PluginAssembly>(StringComparer.Ordinal);
            if (TryLoad(folder, attempt))
            {
                next[folder] = attempt[folder];
                loadedNow.Add(attempt[folder]);
                pluginsChanged = true;
                RuntimeLog.PluginReloaded(_logger, folder);
            }
            else
            {
                // A DLL still being copied fails the same way; the write that completes it triggers another try.
                ReloadRefused?.Invoke(this, $"plugin folder {folder} was not loaded; {(existing is null ? "it is not served" : "the previous build keeps serving")}");
            }
        }

        var json = old.ChainsJson;
        if (chainsDirty && TryReadChains(out var text))
        {
            json = text;
        }

        if (!pluginsChanged && json == old.ChainsJson)
        {
            return;
        }

        var registry = pluginsChanged ? BuildRegistry(next) : old.Plugins;
        ChainSet chains;
        try
        {
            chains = ChainLoader.LoadFile(json, _options.ChainsFile, registry);
        }
        catch (ChainValidationException ex)
        {
            Refuse(ex.Message);
            if (json == old.ChainsJson || !pluginsChanged)
            {
                DisposeAll(loadedNow);
                return;
            }

            // The new chains are bad; the new plugins may still serve the chains that were running.
            try
            {
                json = old.ChainsJson;
                chains = ChainLoader.LoadFile(json, _options.ChainsFile, registry);
            }
            catch (ChainValidationException again)
            {
                Refuse(again.Message);
                DisposeAll(loadedNow);
                return;
            }
        }

        foreach (var folder in removed)
        {
            RuntimeLog.PluginRemoved(_logger, folder);
        }

        var snapshot = new PipelineSnapshot(old.Version + 1, registry, chains, json, [.. next.Values]);
        var retired = old.Assemblies.Where(a => !next.ContainsValue(a)).ToList();
        _assemblies = next;
        Volatile.Write(ref _current, snapshot);
        RuntimeLog.ChainsLoaded(_logger, chains.Chains.Count, _options.ChainsFile, chains.DefaultChain, snapshot.Version);
        old.Retire(() =>
        {
            foreach (var assembly in retired)
            {
                assembly.Dispose();
                if (assembly.Collectible)
                {
                    RuntimeLog.PluginUnloaded(_logger, assembly.Folder);
                }
            }
        });
        Reloaded?.Invoke(this, snapshot);
    }

    private bool TryReadChains(out string json)
    {
        // An editor may still be writing; a few short retries ride that out.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                json = File.ReadAllText(_options.ChainsFile);
                return true;
            }
            catch (IOException ex) when (attempt < 3)
            {
                _ = ex;
                Thread.Sleep(50);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Refuse($"cannot read {_options.ChainsFile}: {ex.Message}");
                json = string.Empty;
                return false;
            }
        }
    }

    private void Refuse(string reason)
    {
        RuntimeLog.ReloadRefused(_logger, reason);
        ReloadRefused?.Invoke(this, reason);
    }

    private static void DisposeAll(List<PluginAssembly> assemblies)
    {
        foreach (var assembly in assemblies)
        {
            assembly.Dispose();
        }
    }
}
