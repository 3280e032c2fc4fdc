using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Refuses every document as malformed.</summary>
public sealed class Rejects : Plugin<FaultOptions>
{
    public override string Name => "rejects";

    public override PluginKind Kind => PluginKind.Converter;

    public override string Description => "Throws DocumentRejectedException with the configured message.";

    protected override IStep CreateStep(FaultOptions options) => new Step(options.Message);

    private sealed class Step(string message) : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken) =>
            throw new DocumentRejectedException(message);
    }
}
