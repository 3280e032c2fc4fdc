using Xunit;

namespace Pipeline.Plugins.Tests.Markdown;

/// <summary>Markdown/Articles/&lt;article&gt;.input.md, articles we wrote with the markup newsrooms use, must convert to &lt;article&gt;.expected.txt.</summary>
public sealed class MarkdownGoldenTests
{
    public static TheoryData<string> Articles()
    {
        var articles = new TheoryData<string>();
        foreach (var input in Directory.EnumerateFiles(MarkdownHost.Articles, "*.input.md").Order(StringComparer.Ordinal))
        {
            articles.Add(Path.GetFileName(input)[..^".input.md".Length]);
        }

        return articles;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task AnArticleBecomesPlainTextWithItsParagraphsListsAndTables(string article)
    {
        var result = await MarkdownHost.ConvertAsync(MarkdownHost.Article(article));

        Assert.Equal(TestHost.Visible(MarkdownHost.Expected(article)), TestHost.Visible(result.Text));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task EveryEditReplacesExactlyTheSourceItNames(string article)
    {
        var markdown = MarkdownHost.Article(article);

        var result = await MarkdownHost.ConvertAsync(markdown);

        var step = Assert.Single(result.Steps);
        Assert.NotEmpty(step.Changes);
        Assert.All(step.Changes, change =>
        {
            Assert.Equal(change.Removed, markdown[change.OriginalStart..change.OriginalEnd]);
            Assert.StartsWith("markdown: ", change.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheFrontMatterIsRemovedAndGivesTitleAuthorAndPublished()
    {
        var bridge = await MarkdownHost.ConvertAsync(MarkdownHost.Article("river-footbridge"));
        var market = await MarkdownHost.ConvertAsync(MarkdownHost.Article("night-market"));
        var buses = await MarkdownHost.ConvertAsync(MarkdownHost.Article("bus-count"));

        Assert.Equal(("Footbridge over the Marle reopens: what changed", "Tomasz Quill", "2024-06-18"), (bridge.Metadata["title"], bridge.Metadata["author"], bridge.Metadata["published"]));
        Assert.Equal(("Night market finds a home under the viaduct", "Amara Lindqvist, Joel Fennimore", "2024-09-06T19:30:00+01:00"), (market.Metadata["title"], market.Metadata["author"], market.Metadata["published"]));
        Assert.Equal(("How we counted Ashby's buses", "Ruth Okonjo-Hale", "2024-11-02T08:15:00Z"), (buses.Metadata["title"], buses.Metadata["author"], buses.Metadata["published"]));
        Assert.DoesNotContain("tags", bridge.Metadata.Keys);
        Assert.All([bridge.Text, market.Text, buses.Text], text => Assert.DoesNotContain("---", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatTheCallerSetIsKeptUnlessOverwriteIsOn()
    {
        var metadata = new Dictionary<string, string> { ["title"] = "Caller's title" };
        var markdown = MarkdownHost.Article("river-footbridge");

        var kept = await MarkdownHost.RunOkAsync(MarkdownHost.Chain("markdown"), markdown, metadata);
        var replaced = await MarkdownHost.RunOkAsync(MarkdownHost.Chain(new { overwrite = true }), markdown, metadata);

        Assert.Equal("Caller's title", kept.Metadata["title"]);
        Assert.Equal("Tomasz Quill", kept.Metadata["author"]);
        Assert.Equal("Footbridge over the Marle reopens: what changed", replaced.Metadata["title"]);
    }

    [Fact]
    public async Task WithMetadataOffTheFrontMatterIsStillRemovedButNotRead()
    {
        var result = await MarkdownHost.RunOkAsync(MarkdownHost.Chain(new { metadata = false }), MarkdownHost.Article("river-footbridge"));

        Assert.Empty(result.Metadata);
        Assert.StartsWith("Footbridge over the Marle reopens\n\n", result.Text, StringComparison.Ordinal);
    }
}
