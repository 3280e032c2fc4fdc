using Pipeline.Core.Chains;
using Xunit;

namespace Pipeline.Plugins.Tests;

public sealed class QrCodeCleanerTests
{
    private const string Body = "Harbour fees rise\n\n4 Jul 2020 - 10:30\n\nThe port authority raised fees for visiting yachts.\n";

    private static readonly string[] OtherSitePhrases = ["Scan me", "Código QR"];
    private static readonly string[] RegexLookingPhrase = ["[QR] code.*"];

    [Fact]
    public async Task QrCodeInsideASentenceSurvives()
    {
        const string text = "Menus go digital\n\nScan the QR code on the menu to order.\n\nPay with the QR code at the till, or scan the qr code twice.\n";

        var result = await TestHost.RunAsync(text, "qr-code");

        Assert.Equal(text, result.Text);
        Assert.Equal(0, result.Steps[0].EditCount);
    }

    [Theory]
    [InlineData("QR codes are everywhere now.\n")]
    [InlineData("QR code?\n")]
    [InlineData("The QR code\n")]
    [InlineData("QR code QR code and more\n")]
    [InlineData("QR coder\n")]
    [InlineData("MQR code\n")]
    public async Task LineThatIsMoreThanTheArtifactSurvives(string line)
    {
        var text = Body + "\n" + line + "\n" + Body;

        Assert.Equal(text, await TestHost.CleanAsync(text, "qr-code"));
    }

    [Theory]
    [InlineData("QR codeQR code\n")]
    [InlineData("QR code QR code\n")]
    [InlineData("QR Code\n")]
    [InlineData("qr CODE\n")]
    [InlineData("QRcode\n")]
    [InlineData("  QR code\t \n")]
    [InlineData("\u00A0QR\u00A0code\u00A0\n")]
    [InlineData("\u200BQR code\uFEFF\n")]
    [InlineData("QR code\nQR code\n")]
    [InlineData("QR\ncode\n")]
    [InlineData("QR codeQR\ncode\n")]
    [InlineData("QR codeQR code\r\n")]
    public async Task ArtifactLineAtTheHeadIsRemovedWithItsLineBreak(string artifact)
    {
        var result = await TestHost.RunAsync(artifact + "\n" + Body, "qr-code");

        Assert.Equal("\n" + Body, result.Text);
        var change = Assert.Single(result.Steps[0].Changes);
        Assert.Equal(artifact, change.Removed);
        Assert.Equal("qr-code: artifact line", change.Reason);
    }

    [Fact]
    public async Task ArtifactLineInTheMiddleIsRemovedWithoutTouchingItsNeighbours()
    {
        var text = "First paragraph.\n\nQR codeQR code\n\nSecond paragraph.\nQR code\nStory Code: 100200\n";

        var cleaned = await TestHost.CleanAsync(text, "qr-code");

        Assert.Equal("First paragraph.\n\n\nSecond paragraph.\nStory Code: 100200\n", cleaned);
    }

    [Fact]
    public async Task ArtifactOnTheLastLineTakesTheLineBreakBeforeIt()
    {
        Assert.Equal("Site name\n", await TestHost.CleanAsync("Site name\n\nQR code", "qr-code"));
        Assert.Equal("Site name", await TestHost.CleanAsync("Site name\r\nQR code  ", "qr-code"));
        Assert.Equal(string.Empty, await TestHost.CleanAsync("QR codeQR code", "qr-code"));
    }

    [Fact]
    public async Task ConsecutiveArtifactLinesAtTheEndDoNotOverlap()
    {
        var result = await TestHost.RunAsync("Site name\nQR code\n\nQR code", "qr-code");

        Assert.Equal("Site name\n", result.Text);
        Assert.Equal(2, result.Steps[0].EditCount);
    }

    [Fact]
    public async Task ConfiguredPhrasesReplaceTheDefault()
    {
        var chain = TestHost.Build(TestHost.ChainJson("qr-code", new { phrases = OtherSitePhrases }));

        var result = await TestHost.RunAsync(chain, "Scan meScan me\nCÓDIGO QR\n\nQR code\n" + Body);

        Assert.Equal("\nQR code\n" + Body, result.Text);
    }

    [Fact]
    public async Task EmptyPhraseListRemovesNothing()
    {
        var chain = TestHost.Build(TestHost.ChainJson("qr-code", new { phrases = Array.Empty<string>() }));

        var result = await TestHost.RunAsync(chain, "QR code\n" + Body);

        Assert.Equal("QR code\n" + Body, result.Text);
    }

    [Fact]
    public async Task PhraseWithRegexCharactersIsMatchedLiterally()
    {
        var chain = TestHost.Build(TestHost.ChainJson("qr-code", new { phrases = RegexLookingPhrase }));

        var result = await TestHost.RunAsync(chain, "[QR] code.*\nQR codeXX\n" + Body);

        Assert.Equal("QR codeXX\n" + Body, result.Text);
    }

    [Fact]
    public async Task HeadOnlyLeavesArtifactsBelowTheText()
    {
        const string text = "QR code\n\nQR code\nTitle\n\nQR code\nStory Code: 1\n";
        var headOnly = TestHost.Build(TestHost.ChainJson("qr-code", new { headOnly = true }));

        Assert.Equal("\nTitle\n\nQR code\nStory Code: 1\n", (await TestHost.RunAsync(headOnly, text)).Text);
        Assert.Equal("\nTitle\n\nStory Code: 1\n", await TestHost.CleanAsync(text, "qr-code"));
    }

    [Fact]
    public void BlankPhraseIsRefusedWithALocatedError()
    {
        const string json = """
            {
              "steps": [
                { "plugin": "qr-code", "options": { "phrases": ["QR code", "  "] } }
              ]
            }
            """;

        var error = Assert.Single(ChainLoader.ValidateInline(json, TestHost.Registry));

        Assert.Equal("$.steps[0].options", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal("plugin qr-code refused its options: phrases[1] is empty or white space only; a phrase needs at least one word", error.Message);
    }

    [Fact]
    public async Task LongLineOfRepeatedPhrasesEndingInTextDoesNotBacktrackForever()
    {
        var line = string.Concat(Enumerable.Repeat("QR code \u00A0", 50_000)) + "and then a word";
        var text = "QR code\n" + line + "\n";

        var result = await TestHost.RunAsync(text, "qr-code");

        Assert.Equal(line + "\n", result.Text);
    }
}
