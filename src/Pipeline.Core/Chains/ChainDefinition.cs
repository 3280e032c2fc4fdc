namespace Pipeline.Core.Chains;

/// <summary>A chain as the JSON gives it, before its plugins are bound.</summary>
public sealed class ChainDefinition
{
    /// <summary>The chain's name in the chains file; empty for an inline chain.</summary>
    public required string Name { get; init; }

    public string Description { get; init; } = string.Empty;

    public required IReadOnlyList<StepDefinition> Steps { get; init; }

    /// <summary>The chain's JSON as written.</summary>
    public required string Json { get; init; }
}
