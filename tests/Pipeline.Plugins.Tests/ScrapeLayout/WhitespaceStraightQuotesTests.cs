using System.Text.Json;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.ScrapeLayout;

/// <summary>The whitespace cleaner's straightenQuotes option: off by default, and when on, ‘ ’ “ ” become ' and ".</summary>
public sealed class WhitespaceStraightQuotesTests
{
    private const string Quoted = "“Quoted” and ‘single’ — it’s «fine».";

    [Fact]
    public async Task TypographicQuotesStayAsWrittenByDefault()
    {
        var result = await LayoutHost.RunAsync(Quoted, "whitespace");

        Assert.Equal(Quoted, result.Text);
        Assert.Equal(0, result.Steps[0].EditCount);
    }

    [Fact]
    public async Task StraightenQuotesTurnsEachTypographicQuoteIntoAStraightOne()
    {
        var result = await LayoutHost.RunAsync(Straightening(), Quoted);

        Assert.Equal("\"Quoted\" and 'single' — it's «fine».", result.Text);
        Assert.Equal(5, result.Steps[0].EditCount);
        Assert.All(result.Steps[0].Changes, change =>
        {
            Assert.Equal("whitespace: typographic quote", change.Reason);
            Assert.Equal(change.Removed, Quoted[change.OriginalStart..change.OriginalEnd]);
            Assert.Equal(1, change.Removed.Length);
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task QuotesBesideTextThatNfcChangesMakeNoOverlappingEdits(bool normalizeUnicode)
    {
        const string text = "Cafe\u0301’s “cre\u0300me” a\u0308’\u0301\u0327 and\u00A0‘this’";
        var chain = LayoutHost.Build(LayoutHost.ChainJson("whitespace", new { straightenQuotes = true, normalizeUnicode }));

        var result = await LayoutHost.RunAsync(chain, text);

        var expected = normalizeUnicode ? "Café's \"crème\" ä'\u0327\u0301 and 'this'" : "Cafe\u0301's \"cre\u0300me\" a\u0308'\u0301\u0327 and 'this'";
        Assert.Equal(expected, result.Text);
        Assert.All(result.Steps[0].Changes, change => Assert.Equal(change.Removed, text[change.OriginalStart..change.OriginalEnd]));
        Assert.Contains(result.Steps[0].Changes, change => change.Reason == (normalizeUnicode ? "whitespace: NFC, typographic quote" : "whitespace: typographic quote"));
    }

    [Fact]
    public async Task SampleWithStraightQuotesHasNoTypographicQuoteLeft()
    {
        var sample = LayoutHost.Sample();
        var chain = LayoutHost.Build("""{ "steps": [ { "plugin": "qr-code" }, { "plugin": "scrape-layout" }, { "plugin": "whitespace", "options": { "straightenQuotes": true } } ] }""");

        var result = await LayoutHost.RunAsync(chain, sample);

        Assert.Contains(sample, c => c is '‘' or '’' or '“' or '”');
        Assert.DoesNotContain(result.Text, c => c is '‘' or '’' or '“' or '”');
        Assert.Contains(result.Steps[2].Changes, change => change.Reason == "whitespace: typographic quote");
    }

    [Fact]
    public void StraightenQuotesIsInTheSchemaAndOffByDefault()
    {
        using var schema = JsonDocument.Parse(new WhitespacePlugin().OptionsSchema);
        var option = schema.RootElement.GetProperty("properties").GetProperty("straightenQuotes");

        Assert.False(option.GetProperty("default").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(option.GetProperty("description").GetString()));
    }

    private static Pipeline.Core.Engine.Chain Straightening() => LayoutHost.Build(LayoutHost.ChainJson("whitespace", new { straightenQuotes = true }));
}
