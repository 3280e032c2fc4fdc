using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Sentences;

public sealed class StopWordsAndStemmerTests
{
    [Theory]
    [InlineData("the", true)]
    [InlineData("The", true)]
    [InlineData("don't", true)]
    [InlineData("don’t", true)]
    [InlineData("said", true)]
    [InlineData("harbour", false)]
    [InlineData("", false)]
    public void StopWordsMatchInAnyCaseAndWithEitherApostrophe(string word, bool stop)
    {
        Assert.Equal(stop, StopWords.Contains(word));
    }

    [Fact]
    public void TheListIsLowerCase()
    {
        Assert.All(StopWords.English, word => Assert.Equal(word.ToLowerInvariant(), word));
    }

    [Fact]
    public void InflectionsShareAStem()
    {
        var stemmer = new Stemmer();

        Assert.Equal("connect", stemmer.Stem("Connected"));
        Assert.Equal(stemmer.Stem("connection"), stemmer.Stem("connecting"));
        Assert.Equal("harbour", stemmer.Stem("harbours"));
        Assert.Equal(stemmer.Stem("Oslo's"), stemmer.Stem("Oslo’s"));
        Assert.Equal("oslo", stemmer.Stem("Oslo’s"));
    }

    [Fact]
    public void AWordSeenBeforeGivesTheSameStemObject()
    {
        var stemmer = new Stemmer();

        Assert.Same(stemmer.Stem("running"), stemmer.Stem("RUNNING"));
    }
}
