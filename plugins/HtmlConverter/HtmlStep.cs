using AngleSharp.Html.Parser;
using Pipeline.Abstractions;
using Pipeline.Plugins.HtmlConverter.Extraction;
using Pipeline.Plugins.HtmlConverter.Metadata;
using Pipeline.Plugins.HtmlConverter.Output;
using Pipeline.Plugins.HtmlConverter.Source;

namespace Pipeline.Plugins.HtmlConverter;

/// <summary>Parses the page, finds its article and records the edits that turn the source into the article's text.</summary>
internal sealed class HtmlStep : IStep
{
    private readonly HtmlOptions _options;

    public HtmlStep(HtmlOptions options)
    {
        _options = options;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = Convert(context.Text, context.Metadata.GetValueOrDefault("source_url"), cancellationToken);
        foreach (var edit in result.Edits)
        {
            context.Replace(edit.Start, edit.Length, edit.Replacement, edit.Reason);
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

    /// <summary>What the step records, without a context: the edits, the text they make and the page's metadata.</summary>
    public Conversion Convert(string source, string? knownUrl, CancellationToken cancellationToken)
    {
        if (source.Length > _options.MaxLength)
        {
            throw new DocumentRejectedException($"HTML source of {source.Length} characters is longer than maxLength {_options.MaxLength}");
        }

        // The parser's work grows with the depth of the tree (scope checks walk the stack of open elements):
        // a page nested this deep is refused before it is parsed.
        var runs = MarkupLexer.Runs(source, out var depth, cancellationToken);
        if (depth > _options.MaxDepth)
        {
            throw new DocumentRejectedException($"HTML nested {depth} elements deep, deeper than maxDepth {_options.MaxDepth}; a page this deep is malformed or hostile");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(source);
        cancellationToken.ThrowIfCancellationRequested();
        var page = PageModel.Build(document, _options, cancellationToken);
        var map = TextNodeMap.Build(document, source, runs, cancellationToken);
        var jsonLd = JsonLdArticle.Find(document);
        var writer = new EditWriter(source);
        IReadOnlyList<int> roots;
        Func<int, bool> keep;
        if (_options.MainText)
        {
            roots = MainContent.Roots(page);
            if (ArticleBodyHint.Container(page, jsonLd?.ArticleBody, roots.Sum(r => page.TreeText[r])) is { } container)
            {
                roots = [container];
            }
            keep = i => ContentFilter.Keep(page, i);
        }
        else
        {
            var body = page.Elements.FindIndex(e => e.LocalName == "body");
            roots = body < 0 ? [] : [body];
            keep = _ => true;
        }

        var articleWriter = new ArticleWriter(page, map, writer, keep, _options.MainText ? page.Excluded : page.Invisible);
        foreach (var root in roots)
        {
            articleWriter.Write(page.Elements[root]);
        }

        writer.Finish();
        var metadata = _options.Metadata ? PageMetadata.Read(document, jsonLd, knownUrl) : [];
        return new Conversion(writer.Edits, writer.Text, metadata);
    }
}
