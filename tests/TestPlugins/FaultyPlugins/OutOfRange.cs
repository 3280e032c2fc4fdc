using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Records an edit, or with message "annotation" an annotation, that ends past the end of the text.</summary>
public sealed class OutOfRange : Plugin<FaultOptions>
{
    public override string Name => "out-of-range";

    public override PluginKind Kind => PluginKind.Cleaner;

    public override string Description => "Records an edit (or, with message 'annotation', an annotation) past the end of the text.";

    protected override IStep CreateStep(FaultOptions options) => new Step(options.Message == "annotation");

    private sealed class Step(bool annotation) : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            var length = context.Text.Length;
            if (annotation)
            {
                context.Annotate(new Annotation { Type = "beyond", Start = length - 1, End = length + 10 });
            }
            else
            {
                context.Replace(Math.Max(0, length - 2), 10, "Z", "out-of-range: past the end");
            }

            return ValueTask.CompletedTask;
        }
    }
}
