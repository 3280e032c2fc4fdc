using System.Text;
using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests;

public sealed class WhitespaceCleanerTests
{
    [Theory]
    [InlineData("Last\u00A0month")]
    [InlineData("Last\u202Fmonth")]
    [InlineData("Last\u2007month")]
    public async Task NonBreakingSpaceBecomesAPlainSpace(string text)
    {
        var result = await TestHost.RunAsync(text, "whitespace");

        Assert.Equal("Last month", result.Text);
        var change = Assert.Single(result.Steps[0].Changes);
        Assert.Equal((4, 5, " "), (change.OriginalStart, change.OriginalEnd, change.Inserted));
        Assert.Equal("whitespace: non-breaking space", change.Reason);
    }

    [Fact]
    public async Task ZeroWidthCharactersAreRemovedButTheJoinerIsKept()
    {
        const string text = "\uFEFFdata\u200Bbase, word\u2060joiner, non\u200Cjoiner, cook \U0001F469\u200D\U0001F373";

        var result = await TestHost.RunAsync(text, "whitespace");

        Assert.Equal("database, wordjoiner, nonjoiner, cook \U0001F469\u200D\U0001F373", result.Text);
        Assert.All(result.Steps[0].Changes, change => Assert.Equal("whitespace: zero-width character", change.Reason));
        Assert.Equal(4, result.Steps[0].EditCount);
    }

    [Fact]
    public async Task TheJoinerGoesWhenKeepZeroWidthJoinerIsOff()
    {
        var chain = TestHost.Build(TestHost.ChainJson("whitespace", new { keepZeroWidthJoiner = false }));

        var result = await TestHost.RunAsync(chain, "cook \U0001F469\u200D\U0001F373");

        Assert.Equal("cook \U0001F469\U0001F373", result.Text);
    }

    [Fact]
    public async Task RunsOfSpacesAndTabsCollapseToOneSpace()
    {
        var result = await TestHost.RunAsync("one  two\t\tthree \t four\tfive", "whitespace");

        Assert.Equal("one two three four\tfive", result.Text);
        Assert.All(result.Steps[0].Changes, change => Assert.Equal("whitespace: space run", change.Reason));
        Assert.Equal(3, result.Steps[0].EditCount);
    }

    [Fact]
    public async Task LinesLoseTheirLeadingAndTrailingWhiteSpace()
    {
        var result = await TestHost.RunAsync("Title  \n\t indented line\u00A0\nlast", "whitespace");

        // The white space around the first line break is one run, so one edit names both rules.
        Assert.Equal("Title\nindented line\nlast", result.Text);
        Assert.Equal(
            [("  \n\t ", "\n", "whitespace: leading space, trailing space"), ("\u00A0", string.Empty, "whitespace: trailing space")],
            result.Steps[0].Changes.Select(c => (c.Removed, c.Inserted, c.Reason)));
    }

    [Theory]
    [InlineData("a\n\n\nb", "a\n\nb")]
    [InlineData("a\n\n\n\n\n\n\nb", "a\n\nb")]
    [InlineData("a\n \n\u00A0\n\t\nb", "a\n\nb")]
    [InlineData("a\n\nb", "a\n\nb")]
    [InlineData("a\n  \nb", "a\n\nb")]
    [InlineData("a\nb", "a\nb")]
    public async Task TwoOrMoreBlankLinesBecomeOneParagraphBreak(string text, string expected)
    {
        Assert.Equal(expected, await TestHost.CleanAsync(text, "whitespace"));
    }

    [Fact]
    public async Task BlankLineRunIsOneMinimalEdit()
    {
        var result = await TestHost.RunAsync("a\n\n\n\nb", "whitespace");

        var change = Assert.Single(result.Steps[0].Changes);
        Assert.Equal(("\n\n", string.Empty, "whitespace: blank lines"), (change.Removed, change.Inserted, change.Reason));
    }

    [Fact]
    public async Task RulesMeetingInOneRunMakeOneEditNamingEachRule()
    {
        var result = await TestHost.RunAsync("end of line.\u00A0 \r\n\r\n\r\n\r\nNext", "whitespace");

        Assert.Equal("end of line.\n\nNext", result.Text);
        var change = Assert.Single(result.Steps[0].Changes);
        Assert.Equal("whitespace: blank lines, line break, trailing space", change.Reason);
    }

    [Theory]
    [InlineData("a\r\nb\rc\n", "a\nb\nc\n")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    public async Task CrlfAndCrBecomeLf(string text, string expected)
    {
        var result = await TestHost.RunAsync(text, "whitespace");

        Assert.Equal(expected, result.Text);
        Assert.All(result.Steps[0].Changes, change => Assert.Equal("whitespace: line break", change.Reason));
    }

    [Theory]
    [InlineData("\n\n  \nTitle\n", "Title\n")]
    [InlineData("Title\n\n\n  \n", "Title\n")]
    [InlineData("Title\n", "Title\n")]
    [InlineData("Title", "Title")]
    [InlineData(" \n\t\n", "")]
    [InlineData("", "")]
    public async Task BlankLinesAtTheDocumentEdgesAreRemoved(string text, string expected)
    {
        Assert.Equal(expected, await TestHost.CleanAsync(text, "whitespace"));
    }

    [Fact]
    public async Task TypographicQuotesAndDashesAreLeftAsWritten()
    {
        const string text = "“Quoted” and ‘single’ — with an em dash – and an en dash… it’s «fine».";

        var result = await TestHost.RunAsync(text, "whitespace");

        Assert.Equal(text, result.Text);
        Assert.Equal(0, result.Steps[0].EditCount);
    }

    [Fact]
    public async Task NfcEditsOnlyTheCharactersThatChange()
    {
        var result = await TestHost.RunAsync("Cafe\u0301 in Zu\u0308rich", "whitespace");

        Assert.Equal("Café in Zürich", result.Text);
        Assert.Equal(
            [("e\u0301", "é"), ("u\u0308", "ü")],
            result.Steps[0].Changes.Select(c => (c.Removed, c.Inserted)));
        Assert.All(result.Steps[0].Changes, change => Assert.Equal("whitespace: NFC", change.Reason));
    }

    [Fact]
    public async Task NfcNextToAnEmojiDoesNotSplitItsSurrogatePair()
    {
        var result = await TestHost.RunAsync("e\u0301\U0001F600 \U0001F600\u0301x", "whitespace");

        Assert.Equal("é\U0001F600 \U0001F600\u0301x", result.Text);
        Assert.Equal(result.Text, result.Text.Normalize());
    }

    [Fact]
    public async Task TextAlreadyInNfcIsNotTouched()
    {
        const string text = "Crème brûlée, 한국, Ångström, \U0001F600\U0001F44D\U0001F3FD \U0001F1F3\U0001F1F4";

        var result = await TestHost.RunAsync(text, "whitespace");

        Assert.Equal(0, result.Steps[0].EditCount);
    }

    [Fact]
    public async Task LoneSurrogateDoesNotFailTheStep()
    {
        var result = await TestHost.RunAsync("a\uD800b  c\u0301", "whitespace");

        Assert.Equal("a\uD800b ć", result.Text);
    }

    [Theory]
    [InlineData("normalizeUnicode", "Cafe\u0301")]
    [InlineData("nonBreakingSpaces", "Last\u00A0month")]
    [InlineData("removeZeroWidth", "data\u200Bbase")]
    [InlineData("collapseSpaces", "one   two")]
    [InlineData("trimLineStarts", "one\n two")]
    [InlineData("trimLineEnds", "one\t\ntwo")]
    [InlineData("normalizeLineBreaks", "one\r\ntwo")]
    [InlineData("collapseBlankLines", "one\n\n\n\ntwo")]
    [InlineData("trimDocument", "\n\none\n\n")]
    public async Task EachRuleCanBeSwitchedOff(string option, string text)
    {
        var off = TestHost.Build(TestHost.ChainJson("whitespace", new Dictionary<string, bool> { [option] = false }));

        Assert.NotEqual(text, await TestHost.CleanAsync(text, "whitespace"));
        Assert.Equal(text, (await TestHost.RunAsync(off, text)).Text);
    }

    [Fact]
    public async Task EditsAreSortedAndDoNotOverlap()
    {
        var text = "\u00A0 lead\n\nA\u00A0b  c\u200B\u00A0d\t\r\n\r\n\r\ne\u0301 f \n\n\n";

        var result = await TestHost.RunAsync(text, "whitespace");

        var changes = result.Steps[0].Changes;
        for (var i = 1; i < changes.Count; i++)
        {
            Assert.True(changes[i].OriginalStart >= changes[i - 1].OriginalEnd, $"edit {i} overlaps edit {i - 1}");
        }

        Assert.Equal("lead\n\nA b c d\n\né f\n", result.Text);
    }

    [Fact]
    public async Task AnEightMegabyteDocumentIsCleanedThroughout()
    {
        var text = ScrapedDocument(8 * 1024 * 1024);
        var chain = TestHost.Build("""{ "steps": [ { "plugin": "qr-code", "timeoutMs": 60000 }, { "plugin": "whitespace", "timeoutMs": 60000 } ] }""");

        var result = await TestHost.RunAsync(chain, text, trace: false);

        Assert.DoesNotContain("\u00A0", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("QR codeQR code", result.Text, StringComparison.Ordinal);
        Assert.True(result.Steps[1].EditCount > 100_000, $"{result.Steps[1].EditCount} edits");
    }

    /// <summary>Articles in the scrape layout, back to back, with every kind of white space the rules handle.</summary>
    private static string ScrapedDocument(int length)
    {
        const string article =
            "QR codeQR code\n\nHeadline of article {0}\n\n12 Jan 2021 - 09:05\n\n\n" +
            "A first\u00A0paragraph with\u00A0non-breaking spaces,  double spaces and a trailing one.\u00A0\n\n\n\n" +
            "Café owners said “no” — twice.\t\r\n\r\n\r\n" +
            "Story Code: {0}\n\nNews Link :\nhttps://news.example/{0}\n\nSite\n\u00A0\u00A0https://news.example\n\n";
        var builder = new StringBuilder(length + 1024);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, article, i);
        }

        return builder.ToString();
    }
}
