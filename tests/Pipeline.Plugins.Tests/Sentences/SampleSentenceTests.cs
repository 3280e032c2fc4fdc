using System.Text.RegularExpressions;
using Pipeline.Plugins.Tests.Summaries;
using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Sentences;

/// <summary>The real article in shared/samples: its initialisms, quotes and headings.</summary>
public sealed partial class SampleSentenceTests
{
    [Fact]
    public void NoSentenceEndsInsideAnInitialism()
    {
        var text = TextPluginHost.Sample();
        var ends = SentenceSegmenter.Split(text).Select(s => s.End).ToHashSet();
        var initialisms = Initialism().Matches(text);

        Assert.True(initialisms.Count >= 10, $"only {initialisms.Count} initialisms such as U.S. in the sample");
        Assert.All(initialisms, match =>
        {
            var end = match.Index + match.Length;
            Assert.DoesNotContain(ends, e => e > match.Index && e <= end);

            // Only the extra period of "the J.C.P.O.A.." ends a sentence right after an initialism.
            Assert.Equal(end < text.Length && text[end] == '.', ends.Contains(end + 1));
        });
        Assert.Contains(initialisms, match => match.Index + match.Length < text.Length && text[match.Index + match.Length] == '.');
    }

    [Fact]
    public void AQuoteAndItsAttributionStayTogether()
    {
        var sentences = Split.Sentences(TextPluginHost.Sample());

        Assert.DoesNotContain(sentences, s => s.EndsWith(",”", StringComparison.Ordinal) || s.EndsWith(",’ ”", StringComparison.Ordinal));
        Assert.Contains(sentences, s => QuoteThenAttribution().IsMatch(s));
    }

    [Fact]
    public void HeadingsAndParagraphsAreSentencesOfTheirOwn()
    {
        var text = TextPluginHost.Sample();
        var sentences = SentenceSegmenter.Split(text);

        Assert.True(sentences.Count > 80, $"only {sentences.Count} sentences");
        Assert.True(SentenceSegmenter.IsHeading(sentences[0].Of(text)));
        Assert.All(sentences, s => Assert.DoesNotContain("\n\n", text[s.Start..s.End], StringComparison.Ordinal));
        Assert.All(sentences, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }

    [GeneratedRegex(@"(?<![\w.])(?:[A-Z]\.){2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Initialism();

    /// <summary>“…,” Name verb. — a quote, a comma inside its closing mark, then who said it.</summary>
    [GeneratedRegex(@"^“[^”]+,” \p{Lu}\w+ \p{Ll}+\.$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuoteThenAttribution();
}
