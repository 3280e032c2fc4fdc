using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Blocks its thread for DelayMs and never looks at its cancellation token.</summary>
public sealed class Hangs : Plugin<FaultOptions>
{
    public override string Name => "hangs";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Sleeps for delayMs, ignoring cancellation.";

    protected override IStep CreateStep(FaultOptions options) => new Step(options.DelayMs);

    private sealed class Step(int delayMs) : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            Thread.Sleep(delayMs);
            context.SetMetadata("hangs-finished", "yes");
            return ValueTask.CompletedTask;
        }
    }
}
