using Xunit;

namespace Pipeline.Plugins.Tests.ScrapeLayout;

/// <summary>
/// Golden/scrape-layout/&lt;case&gt;.input.txt through scrape-layout alone must give &lt;case&gt;.expected.txt, with
/// the metadata listed here. Articles of our own in the scrape layout, one plain article and one with the
/// QR-code artifact beside the footer.
/// </summary>
public sealed class ScrapeLayoutGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Golden", "scrape-layout");

    /// <summary>What each case's layout says; a key the document does not give must not be set.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Expected = new(StringComparer.Ordinal)
    {
        ["full-layout"] = new()
        {
            ["title"] = "Harbour cranes return to the old quay",
            ["published"] = "2021-01-12T09:05",
            ["outlet"] = "The Harbour Courier",
            ["author"] = "Ada Lindqvist",
            ["story_code"] = "411208",
            ["source_url"] = "https://www.harbourcourier.example/en/article/411208/harbour-cranes-return",
            ["site_name"] = "The Harbour Courier",
            ["site_url"] = "https://www.harbourcourier.example",
        },
        ["crlf-date-only"] = new()
        {
            ["title"] = "Library extends opening hours for exam season",
            ["published"] = "2019-03-05",
            ["outlet"] = "Campus Weekly",
            ["author"] = "Tomás Ferreira",
            ["story_code"] = "88213",
            ["site_url"] = "https://campusweekly.example",
        },
        ["cleaned-iso-timestamp"] = new()
        {
            ["title"] = "Storm closes mountain road",
            ["published"] = "2020-07-14T18:30",
            ["outlet"] = "Radio Norte",
            ["author"] = "Lucía Gómez",
            ["source_url"] = "https://radionorte.example/n/5521",
            ["site_name"] = "Radio Norte",
        },
        ["no-attribution"] = new()
        {
            ["title"] = "Council approves new cycle lanes",
            ["published"] = "2022-09-09",
            ["story_code"] = "7730",
            ["source_url"] = "https://gazette.example/story/7730",
            ["site_name"] = "Riverside Gazette",
            ["site_url"] = "https://gazette.example",
        },
        ["plain-article"] = [],
        ["artifact-beside-footer"] = new()
        {
            ["title"] = "Frost cuts valley harvest",
            ["published"] = "2017-10-03T16:15",
            ["outlet"] = "The Valley Post",
            ["author"] = "Emil Varga",
            ["story_code"] = "530917",
            ["source_url"] = "https://www.valleypost.example/en/article/530917/frost-cuts-harvest",
            ["site_name"] = "The Valley Post",
            ["site_url"] = "https://www.valleypost.example",
        },
        ["wrapped-bio"] = new()
        {
            ["title"] = "Printing press moves to the harbour",
            ["published"] = "2016-02-14T08:00",
            ["outlet"] = "Northern Ledger",
            ["author"] = "Ines Okafor",
            ["story_code"] = "100200",
            ["source_url"] = "https://ledger.example/a/100200",
            ["site_name"] = "Northern Ledger",
            ["site_url"] = "https://ledger.example",
        },
    };

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var input in Directory.EnumerateFiles(Folder, "*.input.txt").Order(StringComparer.Ordinal))
        {
            cases.Add(Path.GetFileName(input)[..^".input.txt".Length]);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenInputBecomesTheExpectedText(string name)
    {
        var (input, expected) = Read(name);

        var result = await LayoutHost.RunAsync(input, "scrape-layout");

        Assert.Equal(TestHost.Visible(expected), TestHost.Visible(result.Text));
        Assert.Equal(expected, result.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenOutputIsLeftAloneByASecondRun(string name)
    {
        var (_, expected) = Read(name);

        var result = await LayoutHost.RunAsync(expected, "scrape-layout");

        Assert.Empty(result.Steps[0].Changes);
        Assert.Empty(result.Metadata);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryGoldenEditRemovesExactlyTheOriginalTextAndNamesItsRule(string name)
    {
        var (input, _) = Read(name);

        var result = await LayoutHost.RunAsync(input, "scrape-layout");

        var step = result.Steps[0];
        Assert.Equal(step.EditCount, step.Changes.Count);
        Assert.All(step.Changes, change =>
        {
            Assert.Equal(change.Removed, input[change.OriginalStart..change.OriginalEnd]);
            Assert.Empty(change.Inserted);
            Assert.StartsWith("scrape-layout: ", change.Reason, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenCaseGivesExactlyTheMetadataItsLayoutSays(string name)
    {
        var (input, _) = Read(name);

        var result = await LayoutHost.RunAsync(input, "scrape-layout");

        Assert.Equal(Expected[name].OrderBy(p => p.Key, StringComparer.Ordinal), result.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenCaseThroughTheNewsChainKeepsTheLayoutsMetadataAndFindsEnglish(string name)
    {
        var (input, _) = Read(name);

        var result = await LayoutHost.RunAsync(input, "qr-code", "scrape-layout", "whitespace", "metadata");

        Assert.Equal("en", result.Metadata["language"]);
        Assert.All(Expected[name], pair => Assert.Equal(pair.Value, result.Metadata[pair.Key]));
        Assert.DoesNotContain("QR code", result.Text, StringComparison.OrdinalIgnoreCase);
        Assert.All(
            Expected[name].Where(pair => pair.Key != "published"),
            pair => Assert.DoesNotContain(pair.Value, result.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void FolderHasFourLayoutsAPlainArticleAndAnArtifactBesideTheFooter()
    {
        var names = Cases().Cast<object[]>().Select(row => (string)row[0]).ToList();

        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), names);
        Assert.True(names.Count(n => Expected[n].ContainsKey("site_url") || Expected[n].ContainsKey("story_code")) >= 4);
        Assert.Contains("plain-article", names);
        Assert.Contains("artifact-beside-footer", names);
    }

    [Fact]
    public async Task PlainArticleComesOutUnchangedThroughTheWholeChainButForItsTitleAndLanguage()
    {
        var (input, expected) = Read("plain-article");

        var result = await LayoutHost.RunAsync(input, "scrape-layout", "metadata");

        Assert.Equal(input, expected);
        Assert.Equal(input, result.Text);
        Assert.Equal(["language", "title"], result.Metadata.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(input[..input.IndexOf('\n', StringComparison.Ordinal)], result.Metadata["title"]);
    }

    [Fact]
    public async Task ArtifactBesideTheFooterIsLeftForQrCodeAndTheChainEndsWithTheBody()
    {
        var (input, expected) = Read("artifact-beside-footer");

        var alone = await LayoutHost.RunAsync(input, "scrape-layout");
        var chain = await LayoutHost.RunAsync(input, "qr-code", "scrape-layout", "whitespace");

        Assert.Equal(4, expected.Split('\n').Count(line => line.Contains("QR code", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(expected, alone.Text);
        Assert.Equal(ExpectedBody(expected), chain.Text);
    }

    /// <summary>The expected text of scrape-layout alone, without the artifact lines it leaves for qr-code, as whitespace leaves it.</summary>
    private static string ExpectedBody(string expected)
    {
        var lines = expected.Split('\n').Where(line => !line.Contains("QR code", StringComparison.OrdinalIgnoreCase)).ToList();
        var paragraphs = string.Join('\n', lines).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", paragraphs) + "\n";
    }

    private static (string Input, string Expected) Read(string name)
    {
        var path = Path.Combine(Folder, name);
        return (TestHost.ReadExact(path + ".input.txt"), TestHost.ReadExact(path + ".expected.txt"));
    }
}
