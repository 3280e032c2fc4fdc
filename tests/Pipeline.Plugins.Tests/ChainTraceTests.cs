using Xunit;

namespace Pipeline.Plugins.Tests;

/// <summary>How the engine's trace reports the cleaners' edits in the coordinates of the submitted text.</summary>
public sealed class ChainTraceTests
{
    [Fact]
    public async Task EditsOfBothStepsMapBackWhenTheyDoNotSpanEachOther()
    {
        const string text = "QR codeQR code\n\n\nTitle\u00A0line\n\n\n\nBody  text\n";

        var result = await TestHost.RunAsync(text, "qr-code", "whitespace");

        Assert.Equal("Title line\n\nBody text\n", result.Text);
        var changes = result.Steps.SelectMany(s => s.Changes).ToList();
        Assert.Equal(5, changes.Count);
        Assert.All(changes, change => Assert.Equal(change.Removed, text[change.OriginalStart..change.OriginalEnd]));
        Assert.Equal((15, 17), (changes[1].OriginalStart, changes[1].OriginalEnd));
    }

    /// <summary>
    /// The characters a later step removes around an earlier deletion are not contiguous in the submitted
    /// text, so the trace can only give the range that covers both; Removed is the later step's own input.
    /// </summary>
    [Fact]
    public async Task LaterEditSpanningAnEarlierDeletionMapsToTheWholeOriginalRange()
    {
        const string text = "para.\n\n\nQR code\n\n\nStory Code: 1\n";

        var result = await TestHost.RunAsync(text, "qr-code", "whitespace");

        Assert.Equal("para.\n\nStory Code: 1\n", result.Text);
        var deleted = Assert.Single(result.Steps[0].Changes);
        Assert.Equal(("QR code\n", 8, 16), (deleted.Removed, deleted.OriginalStart, deleted.OriginalEnd));
        var collapsed = Assert.Single(result.Steps[1].Changes);
        Assert.Equal(("\n\n\n", 7, 18), (collapsed.Removed, collapsed.OriginalStart, collapsed.OriginalEnd));
        Assert.Equal("\nQR code\n\n\n", text[collapsed.OriginalStart..collapsed.OriginalEnd]);
    }

    [Fact]
    public async Task FinalTextMapsBackToTheWholeOriginal()
    {
        const string text = "QR code\n\u00A0Title\u00A0\n\n\n\nBody\n\n";

        var result = await TestHost.RunAsync(text, "qr-code", "whitespace");

        Assert.Equal("Title\n\nBody\n", result.Text);
        Assert.Equal((9, 24), result.Map.ToOriginal(0, result.Text.Length));
        Assert.Equal((9, 14), result.Map.ToOriginal(0, 5));
        Assert.Equal((19, 23), result.Map.ToOriginal(7, 11));
    }

    [Fact]
    public async Task EditRangesStayExactAroundCharactersOutsideTheBmp()
    {
        const string text = "\U0001D49C\U0001D49C title\nQR code\n\U0001F600 Cafe\u0301\u00A0\u00A0bar \U0001D11E   baz\u00A0\U0001F44D\U0001F3FD\n\n\n\n\U0001D49C end  \n";

        var result = await TestHost.RunAsync(text, "qr-code", "whitespace");

        Assert.Equal("\U0001D49C\U0001D49C title\n\U0001F600 Caf\u00E9 bar \U0001D11E baz \U0001F44D\U0001F3FD\n\n\U0001D49C end\n", result.Text);
        var changes = result.Steps.SelectMany(s => s.Changes).ToList();
        Assert.Equal(7, changes.Count);
        Assert.All(changes, change => Assert.Equal(change.Removed, text[change.OriginalStart..change.OriginalEnd]));
    }
}
