using Pipeline.Abstractions;

namespace TestPlugins.Marker;

/// <summary>
/// A cleaner and extractor in one, for offset tests: inserts a prefix, deletes a string, and marks a word,
/// all through the edit API, so that tests can check every offset the engine reports.
/// </summary>
public sealed class MarkerPlugin : Plugin<MarkerOptions>
{
    public override string Name => "marker";

    public override PluginKind Kind => PluginKind.Cleaner;

    public override string Description => "Inserts a prefix, deletes a string and marks a word.";

    protected override IStep CreateStep(MarkerOptions options)
    {
        if (options.Word.Length == 0)
        {
            throw new ArgumentException("word must not be empty");
        }

        var attributes = new Dictionary<string, string>();
        if (options.Attribute.Length > 0)
        {
            var parts = options.Attribute.Split('=', 2);
            attributes[parts[0]] = parts.Length == 2 ? parts[1] : throw new ArgumentException("attribute must be name=value");
        }

        return new Step(options, attributes);
    }

    private sealed class Step(MarkerOptions options, IReadOnlyDictionary<string, string> attributes) : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            var text = context.Text;
            if (options.Prefix.Length > 0)
            {
                context.Insert(0, options.Prefix, "marker: prefix");
            }

            if (options.Delete.Length > 0)
            {
                for (var at = text.IndexOf(options.Delete, StringComparison.Ordinal); at >= 0; at = text.IndexOf(options.Delete, at + options.Delete.Length, StringComparison.Ordinal))
                {
                    context.Delete(at, options.Delete.Length, "marker: delete");
                }
            }

            for (var at = text.IndexOf(options.Word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(options.Word, at + options.Word.Length, StringComparison.Ordinal))
            {
                for (var i = 0; i < options.Repeat; i++)
                {
                    context.Annotate(new Annotation { Type = "mark", Start = at, End = at + options.Word.Length, Score = 1, Attributes = attributes });
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
