using Xunit;

namespace Pipeline.Plugins.Tests.Html;

/// <summary>The page's metadata under the news chain's keys.</summary>
public sealed class HtmlMetadataTests
{
    [Fact]
    public async Task JsonLdOpenGraphAndTheCanonicalLinkGiveTheNewsArticlesMetadata()
    {
        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), HtmlHost.Page("harbour-ferry"));

        Assert.Equal("Harbour ferry returns after two-year refit", result.Metadata["title"]);
        Assert.Equal("2024-03-12T07:45:00Z", result.Metadata["published"]);
        Assert.Equal("Marta Okonkwo", result.Metadata["author"]);
        Assert.Equal("The Coastline Courier", result.Metadata["site_name"]);
        Assert.Equal("https://courier.example.org/2024/03/12/harbour-ferry-returns", result.Metadata["source_url"]);
        Assert.Equal("en-GB", result.Metadata["language"]);
        Assert.Equal("The Ellenvale harbour ferry is back in service with a quieter engine and a new timetable.", result.Metadata["description"]);
    }

    [Fact]
    public async Task WithoutJsonLdTheTitleAuthorAndLanguageComeFromThePageAndTheDateFromItsUrl()
    {
        var metadata = new Dictionary<string, string> { ["source_url"] = "https://notes.example.net/2024/03/02/first-broad-beans/" };

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), HtmlHost.Page("allotment-diary"), metadata);

        Assert.Equal("Allotment diary: the first broad beans - Growing Notes", result.Metadata["title"]);
        Assert.Equal("Sam Whitlow", result.Metadata["author"]);
        Assert.Equal("en", result.Metadata["language"]);
        Assert.Equal("2024-03-02", result.Metadata["published"]);
        Assert.Equal("https://notes.example.net/2024/03/02/first-broad-beans/", result.Metadata["source_url"]);
    }

    [Fact]
    public async Task AVisibleBylineGivesTheAuthorWhenNoTagDoes()
    {
        const string html = "<html><body><article><p class=\"byline\">By Ada Quill</p><p>A paragraph long enough to be the article's text, with a comma, and then some more words.</p></article></body></html>";

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), html);

        Assert.Equal("Ada Quill", result.Metadata["author"]);
    }

    [Fact]
    public async Task WhatTheCallerSetIsKeptUnlessOverwriteIsOn()
    {
        var metadata = new Dictionary<string, string> { ["title"] = "Caller's title" };

        var kept = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), HtmlHost.Page("harbour-ferry"), metadata);
        var replaced = await HtmlHost.RunOkAsync(HtmlHost.Chain(new { overwrite = true }), HtmlHost.Page("harbour-ferry"), metadata);

        Assert.Equal("Caller's title", kept.Metadata["title"]);
        Assert.Equal("Harbour ferry returns after two-year refit", replaced.Metadata["title"]);
    }

    [Fact]
    public async Task BrokenJsonLdIsPassedOverForTheMetaTags()
    {
        const string html = "<html><head><meta property=\"og:title\" content=\"From the tags\"><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head><body><p>Text.</p></body></html>";

        var result = await HtmlHost.RunOkAsync(HtmlHost.Chain("html"), html);

        Assert.Equal("From the tags", result.Metadata["title"]);
    }
}
