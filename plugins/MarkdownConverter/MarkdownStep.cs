using Markdig;
using Markdig.Syntax;
using Pipeline.Abstractions;
using Pipeline.Plugins.MarkdownConverter.FrontMatter;
using Pipeline.Plugins.MarkdownConverter.Output;
using Pipeline.Plugins.MarkdownConverter.Rendering;

namespace Pipeline.Plugins.MarkdownConverter;

/// <summary>Parses the Markdown and records the edits that turn the source into its plain text, its links and its front matter.</summary>
internal sealed class MarkdownStep : IStep
{
    // Immutable and thread-safe once built: one for every document of every step.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private readonly MarkdownOptions _options;

    public MarkdownStep(MarkdownOptions options)
    {
        _options = options;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = Convert(context.Text, cancellationToken);
        foreach (var edit in result.Edits)
        {
            context.Replace(edit.Start, edit.Length, edit.Replacement, edit.Reason);
        }

        var baseUrl = LinkTargets.Base(context.Metadata.GetValueOrDefault("source_url"));
        foreach (var link in result.Links)
        {
            context.Annotate(new Annotation
            {
                Type = "url",
                Start = link.Start,
                End = link.End,
                Attributes = new Dictionary<string, string> { ["value"] = LinkTargets.Value(link.Target, baseUrl) },
            });
        }

        foreach (var (key, value) in result.Metadata)
        {
            if (_options.Overwrite || !context.Metadata.ContainsKey(key))
            {
                context.SetMetadata(key, value);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>What the step records, without a context: the edits, the text they make, the links (source offsets) and the front matter's metadata.</summary>
    public Conversion Convert(string source, CancellationToken cancellationToken)
    {
        if (source.Length > _options.MaxLength)
        {
            throw new DocumentRejectedException($"Markdown source of {source.Length} characters is longer than maxLength {_options.MaxLength}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var document = Parse(source);
        cancellationToken.ThrowIfCancellationRequested();
        var writer = new EditWriter(source);
        var renderer = new BlockRenderer(source, writer, _options, cancellationToken);
        renderer.Write(document);
        writer.Finish();
        var metadata = _options.Metadata ? FrontMatterMetadata.Read(document) : [];
        return new Conversion(writer.Edits, writer.Text, renderer.Links, metadata);
    }

    private MarkdownDocument Parse(string source)
    {
        try
        {
            return Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // The parser's own guard, which it reaches before ours on quotes and lists nested by the hundred, and on
            // a paragraph or table with thousands of emphasis marks.
            throw new DocumentRejectedException(
                $"Markdown nested deeper than the parser's limit of {Pipeline.MaximumNestingDepth} levels, beyond maxDepth {_options.MaxDepth} (thousands of emphasis marks in one paragraph or table reach that limit too); a document like this is malformed or hostile", e);
        }
    }
}
