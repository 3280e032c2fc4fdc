using System.Collections.Concurrent;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;

namespace Pipeline.Host.Services;

/// <summary>
/// Inline chains built once per configuration version and JSON text, so that a client sending the same
/// chain_json with every document does not pay for validation and step creation each time.
/// </summary>
internal sealed class InlineChainCache
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<(long Version, string Json), Chain> _chains = new();

    public Chain Get(string json, PipelineSnapshot snapshot)
    {
        var key = (snapshot.Version, json);
        if (_chains.TryGetValue(key, out var chain))
        {
            return chain;
        }

        chain = ChainLoader.BuildInline(json, snapshot.Plugins);
        if (_chains.Count >= Capacity)
        {
            // Rare in practice (clients reuse a few chains); a full reset keeps the cache simple and bounded.
            _chains.Clear();
        }

        _chains[key] = chain;
        return chain;
    }
}
