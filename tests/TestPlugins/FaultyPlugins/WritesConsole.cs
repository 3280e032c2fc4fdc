using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Writes the document's id and text to Console.Out and Console.Error, then marks the document as a well-behaved step would.</summary>
public sealed class WritesConsole : Plugin<FaultOptions>
{
    public override string Name => "writes-console";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Writes to Console.Out and Console.Error (with the message option as a prefix), then sets metadata console=written.";

    protected override IStep CreateStep(FaultOptions options) => new Step(options.Message);

    private sealed class Step(string prefix) : IStep
    {
        public async ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            Console.WriteLine($"{prefix} stdout {context.DocumentId}: {context.Text}");
            Console.Write($"{prefix} partial ");
            await Task.Yield();
            Console.Out.WriteLine($"write {context.DocumentId}");
            await Console.Error.WriteLineAsync($"{prefix} stderr {context.DocumentId}");
            context.SetMetadata("console", "written");
        }
    }
}
