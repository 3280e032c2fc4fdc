using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Waits DelayMs, honouring cancellation.</summary>
public sealed class Waits : Plugin<FaultOptions>
{
    public override string Name => "waits";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Waits for delayMs, stopping when cancelled.";

    protected override IStep CreateStep(FaultOptions options) => new Step(options.DelayMs);

    private sealed class Step(int delayMs) : IStep
    {
        public async ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            await Task.Delay(delayMs, cancellationToken);
            context.SetMetadata("waits-finished", "yes");
        }
    }
}
