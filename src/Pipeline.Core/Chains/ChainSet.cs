using Pipeline.Core.Engine;

namespace Pipeline.Core.Chains;

/// <summary>The chains of one version of the chains file, built and ready to run. Immutable.</summary>
public sealed class ChainSet
{
    internal ChainSet(string defaultChain, IReadOnlyList<Chain> chains, string source)
    {
        DefaultChain = defaultChain;
        Chains = chains;
        Source = source;
        _byName = chains.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Chain> _byName;

    public static ChainSet Empty { get; } = new(string.Empty, [], "(none)");

    /// <summary>The chain a request runs when it names none.</summary>
    public string DefaultChain { get; }

    /// <summary>Every chain, in file order.</summary>
    public IReadOnlyList<Chain> Chains { get; }

    /// <summary>Where the chains came from, for messages.</summary>
    public string Source { get; }

    public Chain? Find(string name) => _byName.GetValueOrDefault(name);
}
