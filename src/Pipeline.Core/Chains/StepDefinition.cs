using System.Text.Json;
using Pipeline.Core.Engine;

namespace Pipeline.Core.Chains;

/// <summary>One step of a chain as the JSON gives it.</summary>
public sealed class StepDefinition
{
    /// <summary>The timeout a step gets when its JSON gives none.</summary>
    public const int DefaultTimeoutMs = 5000;

    /// <summary>Unique within the chain; defaults to the plugin's name.</summary>
    public required string Id { get; init; }

    public required string Plugin { get; init; }

    /// <summary>The step's options; an empty object when the JSON gives none.</summary>
    public required JsonElement Options { get; init; }

    public OnError OnError { get; init; } = OnError.Fail;

    /// <summary>The documents the step runs on; null runs it on every document.</summary>
    public StepCondition? When { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(DefaultTimeoutMs);

    /// <summary>The JSON path of the step, e.g. <c>$.chains.news.steps[0]</c>, for error messages.</summary>
    public required string Path { get; init; }
}
