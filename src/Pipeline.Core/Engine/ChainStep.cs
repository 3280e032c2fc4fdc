using Pipeline.Abstractions;
using Pipeline.Core.Chains;

namespace Pipeline.Core.Engine;

/// <summary>A step bound to its plugin and configured once, reused for every document.</summary>
public sealed class ChainStep
{
    internal ChainStep(StepDefinition definition, IPlugin plugin, IStep step)
    {
        Definition = definition;
        Plugin = plugin;
        Step = step;
        _description = $"step '{definition.Id}' (plugin {plugin.Name})";
    }

    private readonly string _description;

    public StepDefinition Definition { get; }

    public IPlugin Plugin { get; }

    internal IStep Step { get; }

    public string Id => Definition.Id;

    /// <summary>How the step is named in messages: <c>step 'qr' (plugin qr-code)</c>.</summary>
    public string Describe() => _description;
}
