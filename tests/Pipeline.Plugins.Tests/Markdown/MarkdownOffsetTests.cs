using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests.Markdown;

/// <summary>Spans in the converted text point, through the engine's edit map, into the Markdown the caller sent.</summary>
public sealed class MarkdownOffsetTests
{
    [Theory]
    [MemberData(nameof(MarkdownGoldenTests.Articles), MemberType = typeof(MarkdownGoldenTests))]
    public async Task EveryWordOfTheTextMapsToTheSameCharactersInTheSource(string article)
    {
        var markdown = MarkdownHost.Article(article);

        var result = await MarkdownHost.ConvertAsync(markdown);

        var words = Words(result.Text).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, word =>
        {
            var (start, end) = result.Map.ToOriginal(word.Start, word.End);
            Assert.Equal(result.Text[word.Start..word.End], markdown[start..end]);
        });
    }

    [Theory]
    [MemberData(nameof(MarkdownGoldenTests.Articles), MemberType = typeof(MarkdownGoldenTests))]
    public async Task EveryLinkAnnotationCoversItsTextInTheSource(string article)
    {
        var markdown = MarkdownHost.Article(article);

        var result = await MarkdownHost.ConvertAsync(markdown);

        var links = result.Annotations.Where(a => a.Type == "url").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Equal(result.Text[link.Start..link.End], SourceUnderEdits(markdown, result, link.Start, link.End)));
    }

    [Fact]
    public async Task ALinkBecomesAUrlAnnotationOverItsTextWithTheTargetAsValue()
    {
        var markdown = MarkdownHost.Article("river-footbridge");

        var result = await MarkdownHost.ConvertAsync(markdown);

        var link = Assert.Single(result.Annotations, a => a.Type == "url" && result.Text[a.Start..a.End] == "council website");
        Assert.Equal("https://bramfield.example.gov/reports/marle-bridge", link.Attributes["value"]);
        Assert.Equal("markdown", link.Plugin);
        var (start, end) = result.Map.ToOriginal(link.Start, link.End);
        Assert.Equal((markdown.IndexOf("council website", StringComparison.Ordinal), "council website"), (start, markdown[start..end]));
    }

    [Fact]
    public async Task AnAutolinkBecomesItsAddressAnnotatedWithItself()
    {
        var markdown = MarkdownHost.Article("bus-count");

        var result = await MarkdownHost.ConvertAsync(markdown);

        const string address = "https://news.example.com/contact?desk=data&topic=buses";
        var link = Assert.Single(result.Annotations, a => a.Type == "url" && result.Text[a.Start..a.End] == address);
        Assert.Equal(address, link.Attributes["value"]);
        var (start, end) = result.Map.ToOriginal(link.Start, link.End);
        Assert.Equal(("<", address, ">"), (markdown[start - 1].ToString(), markdown[start..end], markdown[end].ToString()));
    }

    [Fact]
    public async Task ARelativeLinkIsResolvedAgainstTheDocumentsSourceUrl()
    {
        var metadata = new Dictionary<string, string> { ["source_url"] = "https://news.example.com/data/bus-count" };

        var result = await MarkdownHost.RunOkAsync(MarkdownHost.Chain("markdown"), MarkdownHost.Article("bus-count"), metadata);

        var link = Assert.Single(result.Annotations, a => a.Type == "url" && result.Text[a.Start..a.End] == "last week's story");
        Assert.Equal("https://news.example.com/2024/10/28/ashby-buses", link.Attributes["value"]);
    }

    [Fact]
    public async Task SentencesFoundAfterConversionCoverTheirSourceBetweenTheirEnds()
    {
        var markdown = MarkdownHost.Article("river-footbridge");

        var result = await MarkdownHost.RunOkAsync(MarkdownHost.Chain("markdown", "sentences"), markdown);

        var sentences = result.Annotations.Where(a => a.Type == "sentence").ToList();
        Assert.True(sentences.Count > 10, $"{sentences.Count} sentences");
        Assert.All(sentences, s => Assert.Equal(result.Text[s.Start..s.End], SourceUnderEdits(markdown, result, s.Start, s.End)));
    }

    [Fact]
    public async Task APersonFoundAfterALaterCleanerPointsAtTheNameInTheMarkdown()
    {
        var markdown = MarkdownHost.Article("river-footbridge");

        var result = await MarkdownHost.RunOkAsync(MarkdownHost.Chain("markdown", "whitespace", "entities"), markdown);

        var delia = Assert.Single(result.Annotations, a => a.Type == "person" && result.Text[a.Start..a.End] == "Delia Okafor");
        var (start, end) = result.Map.ToOriginal(delia.Start, delia.End);
        Assert.Equal((markdown.IndexOf("Delia Okafor", StringComparison.Ordinal), "Delia Okafor"), (start, markdown[start..end]));
    }

    /// <summary>Runs of letters and digits: what a word is, without the punctuation an entity may have turned into.</summary>
    internal static IEnumerable<(int Start, int End)> Words(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text, i))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text, i) || char.IsLowSurrogate(text[i])))
            {
                i++;
            }

            yield return (start, i);
        }
    }

    /// <summary>The source a span of the text maps to, with the converter's edits inside it applied: the span's own text when its offsets are right.</summary>
    private static string SourceUnderEdits(string markdown, ChainResult result, int start, int end)
    {
        var (from, to) = result.Map.ToOriginal(start, end);
        var changes = result.Steps.Single(s => s.Plugin == "markdown").Changes.Where(c => c.OriginalStart >= from && c.OriginalEnd <= to && (c.OriginalEnd > c.OriginalStart || (c.OriginalStart > from && c.OriginalStart < to)));
        var rebuilt = new System.Text.StringBuilder();
        var at = from;
        foreach (var change in changes.OrderBy(c => c.OriginalStart))
        {
            rebuilt.Append(markdown, at, change.OriginalStart - at).Append(change.Inserted);
            at = change.OriginalEnd;
        }

        return rebuilt.Append(markdown, at, to - at).ToString();
    }
}
