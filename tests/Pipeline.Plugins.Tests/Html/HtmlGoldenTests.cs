using Xunit;

namespace Pipeline.Plugins.Tests.Html;

/// <summary>Html/Pages/&lt;page&gt;.input.html, pages we wrote with the usual clutter, must convert to &lt;page&gt;.expected.txt.</summary>
public sealed class HtmlGoldenTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (var input in Directory.EnumerateFiles(HtmlHost.Pages, "*.input.html").Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetFileName(input)[..^".input.html".Length]);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageBecomesItsArticleTextWithoutTheClutter(string page)
    {
        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), HtmlHost.Page(page));

        Assert.Equal(TestHost.Visible(HtmlHost.Expected(page)), TestHost.Visible(result.Text));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryEditReplacesExactlyTheSourceItNames(string page)
    {
        var html = HtmlHost.Page(page);

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), html);

        var step = Assert.Single(result.Steps);
        Assert.NotEmpty(step.Changes);
        Assert.All(step.Changes, change =>
        {
            Assert.Equal(change.Removed, html[change.OriginalStart..change.OriginalEnd]);
            Assert.StartsWith("html: ", change.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task NavigationAdsRelatedLinksCommentsCaptionsAndShareWidgetsAreLeftOut()
    {
        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), HtmlHost.Page("harbour-ferry"));

        Assert.All(
            ["Sport", "Advertisement", "Lighthouse keepers", "replacement bus", "Photo: Ellenvale", "Share on Facebook", "Most read", "All rights reserved", "We use cookies", "not text", "Harbour ferry returns"],
            clutter => Assert.DoesNotContain(clutter, result.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheWholePageIsKeptWhenMainTextIsOff()
    {
        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain(new { mainText = false }), HtmlHost.Page("allotment-diary"));

        Assert.Contains("Archive", result.Text, StringComparison.Ordinal);
        Assert.Contains("Jobs for next weekend", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", result.Text, StringComparison.Ordinal);
    }
}
