using Pipeline.Abstractions;
using Pipeline.Core.Engine;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Engine;

public sealed class SourcePagesTests
{
    private static readonly byte[] Bytes = [1, 2, 3];

    private static readonly DelegatePlugin Reader = new("reader", c =>
    {
        Assert.Equal(Bytes, c.Data.ToArray());
        c.SetSourceText(["Page one ends with a hyph-\nen.", "7", "Page three."]);
        var hyphen = c.Text.IndexOf("-\n", StringComparison.Ordinal);
        c.Delete(hyphen, 2, "hyphen at line end");
        c.Delete(c.Text.IndexOf("\n\n7", StringComparison.Ordinal), 3, "page number");
    }, PluginKind.Converter);

    private static Task<ChainResult> Run(params DelegatePlugin[] plugins) =>
        TestChains.Of(plugins).RunAsync(new DocumentInput { Text = "", Data = Bytes, MediaType = "application/x-test" }, trace: true, CancellationToken.None);

    [Fact]
    public async Task AConvertersPagesBecomeTheTextItsOwnEditsApplyTo()
    {
        var result = await Run(Reader);

        Assert.Null(result.Failure);
        Assert.Equal("Page one ends with a hyphen.\n\nPage three.", result.Text);
        Assert.Equal(["Page one ends with a hyph-\nen.", "7", "Page three."], result.SourcePages!.Pages);
        Assert.Equal(result.SourcePages.Text, result.OriginalText);
    }

    [Fact]
    public async Task LaterAnnotationsTraceBackToTheirPage()
    {
        var find = new DelegatePlugin("find", c =>
        {
            var at = c.Text.IndexOf("three", StringComparison.Ordinal);
            c.Annotate(new Annotation { Type = "word", Start = at, End = at + 5 });
        }, PluginKind.Extractor);

        var result = await Run(Reader, find);

        var (start, end) = result.Map.ToOriginal(result.Annotations[0].Start, result.Annotations[0].End);
        var page = result.SourcePages!.PageOf(start);
        Assert.Equal(2, page);
        Assert.Equal("three", result.SourcePages.Pages[page][(start - result.SourcePages.StartOf(page))..(end - result.SourcePages.StartOf(page))]);
    }

    [Fact]
    public async Task ASecondConverterCannotReplaceTheSourceText()
    {
        var again = new DelegatePlugin("again", c => c.SetSourceText(["other"]), PluginKind.Converter);

        var result = await Run(Reader, again);

        Assert.NotNull(result.Failure);
        Assert.Contains("a converter already set this document's source text", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal("Page one ends with a hyphen.\n\nPage three.", result.Text);
    }

    [Fact]
    public async Task ASecondConverterCannotReplaceSourcePagesThatHeldNoText()
    {
        var blank = new DelegatePlugin("blank", c => c.SetSourceText([""]), PluginKind.Converter);
        var again = new DelegatePlugin("again", c => c.SetSourceText(["other"]), PluginKind.Converter);

        var result = await Run(blank, again);

        Assert.NotNull(result.Failure);
        Assert.Equal("again", result.Failure.StepId);
        Assert.Equal([""], result.SourcePages!.Pages);
    }

    [Fact]
    public async Task ADocumentThatCameAsTextGetsNoSourceTextEvenWhenItIsEmpty()
    {
        var reader = new DelegatePlugin("reader", c => c.SetSourceText(["read"]), PluginKind.Converter);

        var result = await TestChains.Of(reader).Run("");

        Assert.NotNull(result.Failure);
        Assert.Contains("only a document that came as binary data", result.Failure.Message, StringComparison.Ordinal);
        Assert.Null(result.SourcePages);
    }

    [Fact]
    public async Task ATextDocumentHasNoSourcePages()
    {
        var result = await TestChains.Of(new DelegatePlugin("noop", _ => { })).Run("Just text.");

        Assert.Null(result.SourcePages);
        Assert.True(result.Map.ToOriginal(0, 4) == (0, 4));
    }
}
