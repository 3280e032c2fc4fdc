using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Records two overlapping edits, which the engine must refuse.</summary>
public sealed class BadEdits : Plugin<FaultOptions>
{
    public override string Name => "bad-edits";

    public override PluginKind Kind => PluginKind.Cleaner;

    public override string Description => "Records overlapping edits.";

    protected override IStep CreateStep(FaultOptions options) => new Step();

    private sealed class Step : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            var half = context.Text.Length / 2;
            context.Replace(0, half + 1, "A", "bad-edits: first");
            context.Replace(half, context.Text.Length - half, "B", "bad-edits: second");
            return ValueTask.CompletedTask;
        }
    }
}
