using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Throws on every document.</summary>
public sealed class Throws : Plugin<FaultOptions>
{
    public override string Name => "throws";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Throws InvalidOperationException with the configured message.";

    protected override IStep CreateStep(FaultOptions options) => new Step(options.Message);

    private sealed class Step(string message) : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            context.SetMetadata("throws-was-here", "yes");
            throw new InvalidOperationException(message);
        }
    }
}
