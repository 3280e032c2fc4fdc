using Pipeline.Core.Chains;
using Pipeline.Core.Plugins;

namespace Pipeline.Core.Runtime;

/// <summary>
/// One configuration version: the plugins loaded and the chains built from them. Immutable; requests
/// hold it through a <see cref="SnapshotLease"/> so that a reload never pulls a plugin from under them.
/// </summary>
public sealed class PipelineSnapshot
{
    private readonly Lock _gate = new();
    private int _leases;
    private Action? _onDrained;

    internal PipelineSnapshot(long version, PluginRegistry plugins, ChainSet chains, string chainsJson, IReadOnlyList<PluginAssembly> assemblies)
    {
        Version = version;
        Plugins = plugins;
        Chains = chains;
        ChainsJson = chainsJson;
        Assemblies = assemblies;
    }

    /// <summary>Counts up from 1 with every reload.</summary>
    public long Version { get; }

    public PluginRegistry Plugins { get; }

    public ChainSet Chains { get; }

    /// <summary>The chains file's text this version was built from.</summary>
    public string ChainsJson { get; }

    internal IReadOnlyList<PluginAssembly> Assemblies { get; }

    internal bool TryAcquire()
    {
        lock (_gate)
        {
            if (_onDrained is not null)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    internal void Release()
    {
        Action? drained = null;
        lock (_gate)
        {
            _leases--;
            if (_leases == 0 && _onDrained is not null)
            {
                drained = _onDrained;
            }
        }

        drained?.Invoke();
    }

    /// <summary>Marks the snapshot replaced; <paramref name="onDrained"/> runs once no lease is held.</summary>
    internal void Retire(Action onDrained)
    {
        bool drainedNow;
        lock (_gate)
        {
            _onDrained = onDrained;
            drainedNow = _leases == 0;
        }

        if (drainedNow)
        {
            onDrained();
        }
    }
}
