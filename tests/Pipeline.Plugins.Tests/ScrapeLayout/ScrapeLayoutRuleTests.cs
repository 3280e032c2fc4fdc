using System.Text;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests.ScrapeLayout;

/// <summary>Each rule of scrape-layout on small articles of our own, with default and configured options.</summary>
public sealed class ScrapeLayoutRuleTests
{
    private const string Title = "Bakery on Mill Street reopens";
    private const string Stamp = "21 Jun 2023 - 07:30";
    private const string First = "The bakery on Mill Street reopened on Saturday, six weeks after a fire in its ovens.";
    private const string Second = "Its owners said the new ovens use half the gas of the old ones.";
    private const string Bio = "Mira Holt is a staff writer for the Mill Street Times.";
    private const string Footer = "Story Code: 2211\n\nNews Link :\nhttps://millstreet.example/a/2211\n\nMill Street Times\n\u00A0https://millstreet.example\n";

    private static readonly string[] GermanFormats = ["dd.MM.yyyy, HH:mm 'Uhr'"];

    private static readonly string Laid = $"{Title}\n\n{Stamp}\n\nMill Street Times | Mira Holt: {First}\n\n{Second}\n\n{Bio}\n\n{Footer}";

    [Fact]
    public async Task ArticleInTheLayoutLosesEveryPartAndKeepsItsBody()
    {
        var result = await LayoutHost.RunAsync(Laid, "scrape-layout");

        Assert.Equal($"{First}\n\n{Second}\n", result.Text);
        Assert.Equal("2211", result.Metadata["story_code"]);
        Assert.Equal("2023-06-21T07:30", result.Metadata["published"]);
        Assert.Equal("https://millstreet.example", result.Metadata["site_url"]);
    }

    [Fact]
    public async Task PlainArticleWithoutHeaderOrFooterIsUnchanged()
    {
        var text = $"{Title}\n\n{First}\n\nMill Street Times | Mira Holt: {Second}\n\n{Bio}\n";

        var result = await LayoutHost.RunAsync(text, "scrape-layout");

        Assert.Equal(text, result.Text);
        Assert.Equal(0, result.Steps[0].EditCount);
        Assert.Empty(result.Metadata);
    }

    [Theory]
    [InlineData("Each article ends with its Story Code: 2211 is this one's.")]
    [InlineData("Story Code: the archive number that ends each article, which readers keep asking about.\nIt says nothing about the story itself.")]
    public async Task StoryCodeMentionedInTheTextIsKept(string mention)
    {
        var text = $"{Title}\n\n{Stamp}\n\n{First}\n\n{mention}\n";

        var result = await LayoutHost.RunAsync(text, "scrape-layout");

        Assert.Equal($"{First}\n\n{mention}\n", result.Text);
        Assert.False(result.Metadata.ContainsKey("story_code"));
    }

    [Fact]
    public async Task TimestampLineAloneIsAHeaderWithoutATitle()
    {
        var result = await LayoutHost.RunAsync($"{Stamp}\n\n{First}\n", "scrape-layout");

        Assert.Equal($"{First}\n", result.Text);
        Assert.Equal(["published"], result.Metadata.Keys);
    }

    [Fact]
    public async Task TitleLongerThanMaxTitleLengthMakesNoHeader()
    {
        var chain = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new { maxTitleLength = Title.Length - 1 }));
        var text = $"{Title}\n\n{Stamp}\n\n{First}\n";

        var result = await LayoutHost.RunAsync(chain, text);

        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("3 Mar 2018 - 10:47", "2018-03-03T10:47")]
    [InlineData("3\u00A0Mar 2018 -\u00A0 10:47 ", "2018-03-03T10:47")]
    [InlineData("3 March 2018", "2018-03-03")]
    [InlineData("Mar 3, 2018", "2018-03-03")]
    [InlineData("March 3, 2018", "2018-03-03")]
    [InlineData("Saturday, March 3, 2018", "2018-03-03")]
    [InlineData("Mar 3, 2018, 10:47 AM", "2018-03-03T10:47")]
    [InlineData("2018-03-03", "2018-03-03")]
    [InlineData("2018-03-03T10:47:12", "2018-03-03T10:47:12")]
    [InlineData("2018-03-03T10:47:12+03:30", "2018-03-03T10:47:12+03:30")]
    [InlineData("2018-03-03T10:47:12Z", "2018-03-03T10:47:12+00:00")]
    public async Task PublishedIsAsPreciseAsTheTimestamp(string stamp, string published)
    {
        var result = await LayoutHost.RunAsync($"{Title}\n\n{stamp}\n\n{First}\n", "scrape-layout");

        Assert.Equal(published, result.Metadata["published"]);
        Assert.Equal(Title, result.Metadata["title"]);
        Assert.Equal($"{First}\n", result.Text);
    }

    [Fact]
    public async Task ConfiguredTimestampFormatReadsAnotherSitesDate()
    {
        var chain = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new { timestampFormats = GermanFormats }));

        var result = await LayoutHost.RunAsync(chain, $"{Title}\n\n03.03.2018, 10:47 Uhr\n\n{First}\n");

        Assert.Equal("2018-03-03T10:47", result.Metadata["published"]);
        Assert.Equal($"{First}\n", result.Text);
    }

    [Fact]
    public async Task ConfiguredFooterLabelsReadAnotherSitesFooter()
    {
        var options = new { footerLabels = new Dictionary<string, string> { ["Article ID"] = "story_code", ["Source"] = "source_url", ["Desk"] = "desk" } };
        var chain = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", options));
        var text = $"{First}\n\n{Second}\n\nArticle ID: A-77\nDesk: Business\nSource:\nhttps://other.example/a-77\n";

        var result = await LayoutHost.RunAsync(chain, text);

        Assert.Equal($"{First}\n\n{Second}\n", result.Text);
        Assert.Equal(
            [("desk", "Business"), ("source_url", "https://other.example/a-77"), ("story_code", "A-77")],
            result.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
        Assert.Equal(
            ["scrape-layout: footer: Article ID line", "scrape-layout: footer: Desk line", "scrape-layout: footer: Source"],
            result.Steps[0].Changes.Select(c => c.Reason));
    }

    [Fact]
    public async Task ConfiguredAttributionPatternReadsAnotherSitesByline()
    {
        var options = new { attributionPattern = @"^By (?<author>[^,|]{1,60}), (?<outlet>[^:|]{1,60}):\s+" };
        var chain = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", options));

        var result = await LayoutHost.RunAsync(chain, $"{Title}\n\n{Stamp}\n\nBy Jane Roe, Daily Planet: {First}\n\nJane Roe is a reporter at the Daily Planet.\n");

        Assert.Equal($"{First}\n", result.Text);
        Assert.Equal(("Jane Roe", "Daily Planet"), (result.Metadata["author"], result.Metadata["outlet"]));
    }

    [Fact]
    public async Task ConfiguredBioPatternWithoutAnAuthorGroupRemovesAMatchingLastParagraph()
    {
        var chain = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new { bioPattern = @"^This article first appeared in [^.]{1,80}\.$" }));

        var result = await LayoutHost.RunAsync(chain, $"{Title}\n\n{Stamp}\n\n{First}\n\nThis article first appeared in the Mill Street Times.\n");

        Assert.Equal($"{First}\n", result.Text);
        Assert.Equal("scrape-layout: author bio", result.Steps[0].Changes[^1].Reason);
    }

    [Theory]
    [InlineData("Lotte Brink is a writer who chairs the bakers' guild.")]
    [InlineData("Mira Holt is a baker's daughter, and she grew up above the shop.")]
    [InlineData("Mira Holt")]
    public async Task LastParagraphThatIsNotTheAuthorsBioIsKept(string last)
    {
        var text = $"{Title}\n\n{Stamp}\n\nMill Street Times | Mira Holt: {First}\n\n{last}\n\n{Footer}";

        var result = await LayoutHost.RunAsync(text, "scrape-layout");

        Assert.Equal($"{First}\n\n{last}\n", result.Text);
    }

    [Fact]
    public async Task LastParagraphLongerThanMaxBioLengthIsKept()
    {
        var longBio = Bio[..^1] + ", " + string.Join(", ", Enumerable.Repeat("and she has covered the town's shops for many years", 9)) + ".";
        var text = $"{Title}\n\n{Stamp}\n\nMill Street Times | Mira Holt: {First}\n\n{longBio}\n";

        var result = await LayoutHost.RunAsync(text, "scrape-layout");

        Assert.True(longBio.Length > 400);
        Assert.Equal($"{First}\n\n{longBio}\n", result.Text);
    }

    [Fact]
    public async Task AuthorGivenByTheCallerLetsTheBioGoWithoutAnAttribution()
    {
        var text = $"{Title}\n\n{Stamp}\n\n{First}\n\n{Bio}\n";

        var without = await LayoutHost.RunAsync(text, "scrape-layout");
        var with = await LayoutHost.RunAsync(LayoutHost.Build(LayoutHost.ChainJson("scrape-layout")), text, new Dictionary<string, string> { ["author"] = "Mira Holt" });

        Assert.Equal($"{First}\n\n{Bio}\n", without.Text);
        Assert.Equal($"{First}\n", with.Text);
    }

    [Fact]
    public async Task AttributionAndBioAreOnlyReadInARecognisedLayout()
    {
        var text = $"Mill Street Times | Mira Holt: {First}\n\n{Second}\n\n{Bio}\n";
        var anyDocument = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new { requireLayout = false }));

        var strict = await LayoutHost.RunAsync(text, "scrape-layout");
        var loose = await LayoutHost.RunAsync(anyDocument, text);

        Assert.Equal(text, strict.Text);
        Assert.Equal($"{First}\n\n{Second}\n", loose.Text);
        Assert.Equal("Mira Holt", loose.Metadata["author"]);
    }

    [Fact]
    public async Task CallersMetadataIsKeptWhileTheTextStillGoes()
    {
        var caller = new Dictionary<string, string> { ["title"] = "Caller's title", ["author"] = "M. Holt" };

        var kept = await LayoutHost.RunAsync(LayoutHost.Build(LayoutHost.ChainJson("scrape-layout")), Laid, caller);
        var replaced = await LayoutHost.RunAsync(LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new { overwrite = true })), Laid, caller);

        Assert.Equal(("Caller's title", "M. Holt"), (kept.Metadata["title"], kept.Metadata["author"]));
        Assert.Equal($"{First}\n\n{Second}\n", kept.Text);
        Assert.Equal((Title, "Mira Holt"), (replaced.Metadata["title"], replaced.Metadata["author"]));
    }

    [Theory]
    [InlineData("header", "scrape-layout: title line", "published")]
    [InlineData("attribution", "scrape-layout: attribution prefix", "outlet")]
    [InlineData("bio", "scrape-layout: author bio", null)]
    [InlineData("footer", "scrape-layout: footer: Story Code line", "story_code")]
    public async Task EachRuleCanBeSwitchedOff(string rule, string reason, string? key)
    {
        var off = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new Dictionary<string, bool> { [rule] = false }));

        var on = await LayoutHost.RunAsync(Laid, "scrape-layout");
        var result = await LayoutHost.RunAsync(off, Laid);

        Assert.Contains(on.Steps[0].Changes, c => c.Reason == reason);
        Assert.DoesNotContain(result.Steps[0].Changes, c => c.Reason == reason);
        Assert.True(key is null || !result.Metadata.ContainsKey(key));
    }

    [Fact]
    public async Task RemoveTextOffOnlySetsMetadataAndSetMetadataOffOnlyRemoves()
    {
        var readOnly = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new { removeText = false }));
        var removeOnly = LayoutHost.Build(LayoutHost.ChainJson("scrape-layout", new { setMetadata = false }));

        var read = await LayoutHost.RunAsync(readOnly, Laid);
        var removed = await LayoutHost.RunAsync(removeOnly, Laid);

        Assert.Equal(Laid, read.Text);
        Assert.Equal(8, read.Metadata.Count);
        Assert.Equal($"{First}\n\n{Second}\n", removed.Text);
        Assert.Empty(removed.Metadata);
    }

    [Fact]
    public async Task HeaderAndFooterWithoutABodyLeaveNothing()
    {
        var result = await LayoutHost.RunAsync($"{Title}\n\n{Stamp}\n\n{Footer}", "scrape-layout");

        Assert.Equal(string.Empty, result.Text);
        Assert.Equal("2211", result.Metadata["story_code"]);
    }

    [Fact]
    public async Task OneLineBodyKeepsItsTextBetweenTheAttributionAndTheBio()
    {
        var result = await LayoutHost.RunAsync($"{Title}\n{Stamp}\nMill Street Times | Mira Holt: {First}\n{Bio}\n{Footer}", "scrape-layout");

        Assert.Equal($"{First}\n", result.Text);
    }

    [Theory]
    [InlineData("""{ "attributionPattern": "(unclosed" }""", "attributionPattern")]
    [InlineData("""{ "bioPattern": "[a-" }""", "bioPattern")]
    [InlineData("""{ "timestampFormats": ["MMM d"] }""", "no year")]
    [InlineData("""{ "footerLabels": { " ": "story_code" } }""", "footerLabels")]
    public void InvalidOptionsAreRefusedWithALocatedError(string options, string named)
    {
        var json = $$"""{ "steps": [ { "plugin": "scrape-layout", "options": {{options}} } ] }""";

        var error = Assert.Single(ChainLoader.ValidateInline(json, LayoutHost.Registry));

        Assert.Equal("$.steps[0].options", error.Path);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paragraphs")]
    [InlineData("blank lines")]
    [InlineData("one line")]
    [InlineData("artifact lines")]
    public async Task AnEightMegabyteDocumentOfAnyShapeIsReadWithinTheStepLimit(string shape)
    {
        const int size = 8 * 1024 * 1024;
        var text = shape switch
        {
            "paragraphs" => $"{Title}\n\n{Stamp}\n\nMill Street Times | Mira Holt: {Repeat($"{First}\u00A0\n\n\n{Second}\n", size)}\n{Bio}\n\n{Footer}",
            "blank lines" => $"{Title}\n\n{Stamp}\n\n{First}" + Repeat("\n \u00A0", size) + $"\n{Bio}\n" + Repeat("\n", size) + Footer,
            "one line" => Repeat("x", size),
            _ => Repeat("QR code\n", size),
        };
        var chain = LayoutHost.Build("""{ "steps": [ { "plugin": "scrape-layout", "timeoutMs": 60000 } ] }""");

        var result = await chain.RunAsync(new DocumentInput { Text = text }, false, CancellationToken.None);

        Assert.True(result.Steps[0].Outcome == StepOutcome.Ok, $"{result.Steps[0].Outcome}: {result.Steps[0].Message}");
    }

    private static string Repeat(string part, int length)
    {
        var text = new StringBuilder(length + part.Length);
        while (text.Length < length)
        {
            text.Append(part);
        }

        return text.ToString();
    }
}
