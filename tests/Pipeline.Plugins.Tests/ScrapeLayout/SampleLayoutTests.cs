using System.Text.RegularExpressions;
using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests.ScrapeLayout;

/// <summary>
/// The shared sample through qr-code, scrape-layout, whitespace and metadata. Every expectation about the
/// body is computed from the sample's own lines, so none of its sentences is copied here.
/// </summary>
public sealed class SampleLayoutTests
{
    private const string Outlet = "The New Yorker";
    private const string Author = "Robin Wright";

    private static readonly string[] NewsChain = ["qr-code", "scrape-layout", "whitespace", "metadata"];

    private static readonly Regex ArtifactLine = new(@"^(?:QR\s*code\s*)+$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task EveryMetadataFieldOfTheSampleIsExact()
    {
        var (original, result) = await RunSampleAsync();

        var lines = ContentLines(original);
        Assert.Matches(ArtifactLine, lines[0]);
        var expected = new Dictionary<string, string>
        {
            ["title"] = lines[1],
            ["published"] = "2018-03-03T10:47",
            ["outlet"] = Outlet,
            ["author"] = Author,
            ["story_code"] = "296072",
            ["source_url"] = lines[lines.FindIndex(line => line.StartsWith("News Link", StringComparison.Ordinal)) + 1],
            ["site_name"] = "The Iran Project",
            ["site_url"] = "https://www.theiranproject.com",
            ["language"] = "en",
        };
        Assert.Contains("Story Code: 296072", lines);
        Assert.StartsWith("https://www.theiranproject.com/", expected["source_url"], StringComparison.Ordinal);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), result.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task SampleBodyRunsFromAfterTheAttributionToTheLastParagraphBeforeTheBio()
    {
        var (original, result) = await RunSampleAsync();

        var lines = ContentLines(original);
        var attributed = lines.Single(line => line.StartsWith($"{Outlet} | {Author}: ", StringComparison.Ordinal));
        var firstWords = string.Join(' ', attributed[($"{Outlet} | {Author}: ").Length..].Split(' ').Take(5));
        var bio = lines.FindIndex(line => line.StartsWith(Author + " is a ", StringComparison.Ordinal));
        var lastParagraph = lines[bio - 1];

        Assert.StartsWith(firstWords + " ", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\n" + lastParagraph + "\n", result.Text, StringComparison.Ordinal);
        Assert.Equal(lines.Count - 1 - 2 - 1 - 5, ContentLines(result.Text).Count);
    }

    [Fact]
    public async Task NoHeaderFooterBioOrArtifactIsLeftInTheSample()
    {
        var (original, result) = await RunSampleAsync();

        var lines = ContentLines(original);
        var bio = lines.Single(line => line.StartsWith(Author + " is a ", StringComparison.Ordinal));
        var footer = lines[lines.FindIndex(line => line.StartsWith("Story Code", StringComparison.Ordinal))..];
        Assert.Equal(5, footer.Count);
        string[] gone = [lines[0], lines[1], lines[2], $"{Outlet} | ", bio, .. footer, "QR code", "theiranproject"];

        Assert.All(gone, part => Assert.DoesNotContain(part, result.Text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("\u00A0", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverySampleEditThatSpansNoEarlierDeletionRemovesExactlyTheOriginalText()
    {
        var (original, result) = await RunSampleAsync();

        var earlier = new List<EditRecord>();
        var checkedEdits = 0;
        foreach (var step in result.Steps)
        {
            Assert.Equal(step.EditCount, step.Changes.Count);
            foreach (var change in step.Changes)
            {
                Assert.InRange(change.OriginalStart, 0, change.OriginalEnd);
                Assert.InRange(change.OriginalEnd, change.OriginalStart, original.Length);
                if (!earlier.Any(e => e.OriginalEnd > e.OriginalStart && e.OriginalStart >= change.OriginalStart && e.OriginalEnd <= change.OriginalEnd))
                {
                    Assert.Equal(TestHost.Visible(original[change.OriginalStart..change.OriginalEnd]), TestHost.Visible(change.Removed));
                    checkedEdits++;
                }
            }

            earlier.AddRange(step.Changes);
        }

        Assert.True(checkedEdits > 30, $"only {checkedEdits} edits checked");
    }

    [Fact]
    public async Task SampleLayoutEditsNameEachPartTheyRemove()
    {
        var (_, result) = await RunSampleAsync();

        var layout = result.Steps.Single(step => step.Plugin == "scrape-layout");
        string[] expected =
        [
            "scrape-layout: title line", "scrape-layout: timestamp line", "scrape-layout: attribution prefix", "scrape-layout: author bio",
            "scrape-layout: footer: Story Code line", "scrape-layout: footer: News Link", "scrape-layout: footer: site name", "scrape-layout: footer: site URL",
        ];
        Assert.Equal(expected, layout.Changes.Select(change => change.Reason));
        Assert.All(layout.Changes, change => Assert.Empty(change.Inserted));
        Assert.Empty(result.Steps.Single(step => step.Plugin == "metadata").Changes);
        Assert.Empty(result.Annotations);
    }

    [Fact]
    public async Task ScrapeLayoutAloneReadsTheRawSampleAlike()
    {
        var (original, chained) = await RunSampleAsync();

        var alone = await LayoutHost.RunAsync(original, "scrape-layout");

        Assert.Equal(chained.Metadata.Where(p => p.Key != "language").OrderBy(p => p.Key, StringComparer.Ordinal), alone.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(8, alone.Steps[0].EditCount);
    }

    [Fact]
    public async Task CleanedSampleIsLeftAloneByASecondRun()
    {
        var (_, result) = await RunSampleAsync();

        var again = await LayoutHost.RunAsync(LayoutHost.Build(LayoutHost.ChainJson(NewsChain)), result.Text, result.Metadata);

        Assert.All(again.Steps, step => Assert.Equal(0, step.EditCount));
        Assert.Equal(result.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal), again.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static async Task<(string Original, ChainResult Result)> RunSampleAsync()
    {
        var original = LayoutHost.Sample();
        return (original, await LayoutHost.RunAsync(original, NewsChain));
    }

    /// <summary>The text's non-blank lines, as the whitespace rules leave them: NBSPs as spaces, runs collapsed, trimmed.</summary>
    private static List<string> ContentLines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => Regex.Replace(line.Replace('\u00A0', ' '), "[ \t]+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim())
            .Where(line => line.Length > 0)];
}
