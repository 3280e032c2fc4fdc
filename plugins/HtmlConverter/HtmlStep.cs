using AngleSharp.Html.Parser;
using Pipeline.Abstractions;
using Pipeline.Plugins.HtmlConverter.Extraction;
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
        var source = context.Text;
        var result = Convert(source, cancellationToken);
        foreach (var edit in result.Edits)
        {
            context.Replace(edit.Start, edit.Length, edit.Replacement, edit.Reason);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The edits and the text they make; what the step records, without a context.</summary>
    public EditWriter Convert(string source, CancellationToken cancellationToken)
    {
        if (source.Length > _options.MaxLength)
        {
            throw new DocumentRejectedException($"HTML source of {source.Length} characters is longer than maxLength {_options.MaxLength}");
        }

        var runs = MarkupLexer.Runs(source, cancellationToken);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(source);
        cancellationToken.ThrowIfCancellationRequested();
        var page = PageModel.Build(document, _options, cancellationToken);
        var map = TextNodeMap.Build(document, source, runs, cancellationToken);
        var writer = new EditWriter(source);
        IReadOnlyList<int> roots;
        Func<int, bool> keep;
        if (_options.MainText)
        {
            roots = MainContent.Roots(page);
            keep = i => ContentFilter.Keep(page, i);
        }
        else
        {
            var body = page.Elements.FindIndex(e => e.LocalName == "body");
            roots = body < 0 ? [] : [body];
            keep = _ => true;
        }

        var article = new ArticleWriter(page, map, writer, keep);
        foreach (var root in roots)
        {
            article.Write(page.Elements[root]);
        }

        writer.Finish();
        return writer;
    }
}
