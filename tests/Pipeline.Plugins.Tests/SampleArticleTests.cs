using System.Text.RegularExpressions;
using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests;

/// <summary>The real scraped article from shared/samples, through qr-code then whitespace.</summary>
public sealed class SampleArticleTests
{
    private const string SampleName = "000_2513f709a0890ad6.txt";

    private static readonly Regex ArtifactLine = new(@"^[\p{Zs}\t]*(?:QR[\p{Zs}\t]*code[\p{Zs}\t]*)+$", RegexOptions.IgnoreCase | RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task SampleLosesItsQrCodeArtifactLine()
    {
        var (original, result) = await CleanSampleAsync();

        Assert.Matches(ArtifactLine, original);
        Assert.DoesNotMatch(ArtifactLine, result.Text);
        Assert.All(result.Steps[0].Changes, change => Assert.Equal("qr-code: artifact line", change.Reason));
        Assert.NotEmpty(result.Steps[0].Changes);
    }

    [Fact]
    public async Task SampleHasNoNonBreakingSpaceOrBlankLineRunLeft()
    {
        var (original, result) = await CleanSampleAsync();

        Assert.Contains("\u00A0", original, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", result.Text, StringComparison.Ordinal);
        Assert.False(char.IsWhiteSpace(result.Text[0]), "the text starts with white space");
        Assert.DoesNotMatch(new Regex(@"[ \t]$|^[ \t]|  ", RegexOptions.Multiline, TimeSpan.FromSeconds(1)), result.Text);
    }

    [Fact]
    public async Task SampleKeepsEveryParagraphAndTheFooter()
    {
        var (original, result) = await CleanSampleAsync();

        var before = Paragraphs(original).Where(p => !ArtifactLine.IsMatch(p)).Select(Normalized).ToList();
        var after = Paragraphs(result.Text).ToList();

        Assert.True(before.Count > 10, $"only {before.Count} paragraphs found in the sample");
        Assert.Equal(before, after);
        Assert.Contains(result.Text.Split('\n'), line => line.StartsWith("Story Code:", StringComparison.Ordinal));
        Assert.Contains(result.Text.Split('\n'), line => line.StartsWith("News Link :", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EverySampleEditMapsBackToTheTextItRemovedFromTheOriginal()
    {
        var (original, result) = await CleanSampleAsync();

        Assert.All(result.Steps, step => Assert.Equal(step.EditCount, step.Changes.Count));
        var changes = result.Steps.SelectMany(step => step.Changes).ToList();
        Assert.True(changes.Count > 30, $"only {changes.Count} edits");
        Assert.All(changes, change =>
        {
            Assert.InRange(change.OriginalStart, 0, original.Length);
            Assert.InRange(change.OriginalEnd, change.OriginalStart, original.Length);
            Assert.Equal(TestHost.Visible(change.Removed), TestHost.Visible(original.Substring(change.OriginalStart, change.OriginalEnd - change.OriginalStart)));
        });
    }

    [Fact]
    public async Task SampleEditsAreMinimalAndNamed()
    {
        var (_, result) = await CleanSampleAsync();

        var whitespace = result.Steps[1].Changes;
        Assert.Contains(whitespace, change => change.Reason == "whitespace: non-breaking space");
        Assert.Contains(whitespace, change => change.Reason == "whitespace: blank lines");
        Assert.All(whitespace, change =>
        {
            Assert.StartsWith("whitespace: ", change.Reason, StringComparison.Ordinal);
            Assert.NotEqual(change.Removed, change.Inserted);
            if (change.Removed.Length > 0 && change.Inserted.Length > 0)
            {
                Assert.NotEqual(change.Removed[0], change.Inserted[0]);
                Assert.NotEqual(change.Removed[^1], change.Inserted[^1]);
            }
        });
    }

    [Fact]
    public async Task CleanedSampleIsLeftAloneByASecondRun()
    {
        var (_, result) = await CleanSampleAsync();

        var again = await TestHost.RunAsync(result.Text, "qr-code", "whitespace");

        Assert.All(again.Steps, step => Assert.Equal(0, step.EditCount));
    }

    private static async Task<(string Original, ChainResult Result)> CleanSampleAsync()
    {
        var path = Path.Combine(RepoRoot.Samples, SampleName);
        Assert.True(File.Exists(path), $"the shared sample {path} is missing (tests expect shared/ beside the repository)");
        var original = TestHost.ReadExact(path);
        return (original, await TestHost.RunAsync(original, "qr-code", "whitespace"));
    }

    /// <summary>Blocks of lines between blank lines; a line of white space only (NBSPs included) is blank.</summary>
    private static IEnumerable<string> Paragraphs(string text)
    {
        var block = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (block.Count > 0)
                {
                    yield return string.Join('\n', block);
                    block.Clear();
                }
            }
            else
            {
                block.Add(line);
            }
        }

        if (block.Count > 0)
        {
            yield return string.Join('\n', block);
        }
    }

    /// <summary>A paragraph as the whitespace rules should leave it, computed independently of the plugin.</summary>
    private static string Normalized(string paragraph) =>
        string.Join('\n', paragraph.Split('\n').Select(line => Regex.Replace(line.Replace('\u00A0', ' '), "[ \t]+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim()));
}
