using System.Diagnostics;
using System.Text;
using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests.Html;

/// <summary>Hostile pages are refused with a reason, within bounded work, and a cancelled conversion stops.</summary>
public sealed class HtmlHostileInputTests
{
    [Fact]
    public async Task DeeplyNestedHtmlIsRejectedNamingTheDepthLimit()
    {
        var html = new StringBuilder().Insert(0, "<div>", 50_000).Append("deep").ToString();
        var clock = Stopwatch.StartNew();

        var result = await HtmlHost.RunAsync(HtmlHost.Chain("html"), html);

        Assert.NotNull(result.Failure);
        Assert.Equal(FailureKind.DocumentRejected, result.Failure.Kind);
        Assert.Contains("maxDepth", result.Failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task APageWithTooManyElementsIsRejected()
    {
        var html = new StringBuilder("<html><body>").Insert(12, "<p>x</p>", 2_000).ToString();

        var result = await HtmlHost.RunAsync(HtmlHost.Chain(new { maxElements = 1_000 }), html);

        Assert.Equal(FailureKind.DocumentRejected, result.Failure?.Kind);
        Assert.Contains("maxElements", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASourceLongerThanTheLimitIsRejectedBeforeParsing()
    {
        var html = "<p>" + new string('a', 5_000) + "</p>";

        var result = await HtmlHost.RunAsync(HtmlHost.Chain(new { maxLength = 1_000 }), html);

        Assert.Equal(FailureKind.DocumentRejected, result.Failure?.Kind);
        Assert.Contains("maxLength", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnclosedTagsCommentsAndStrayMarkupStillGiveText()
    {
        const string html = "<p>First paragraph, with a <!-- comment --> inside, and a stray </span> end tag, of decent length.<p>Second one < 3 & still text, unclosed, with <b>bold <i>nesting</b> wrong</i> here.";

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain(new { mainText = false }), html);

        Assert.Equal("First paragraph, with a inside, and a stray end tag, of decent length.\n\nSecond one < 3 & still text, unclosed, with bold nesting wrong here.", result.Text);
    }

    [Fact]
    public async Task ACancelledConversionStops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HtmlHost.RunAsync(HtmlHost.Chain("html"), HtmlHost.Page("harbour-ferry"), cancellationToken: cancelled.Token));
    }
}
