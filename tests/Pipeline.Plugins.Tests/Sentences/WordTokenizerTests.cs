using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Sentences;

public sealed class WordTokenizerTests
{
    [Fact]
    public void WordsKeepInnerApostrophesAndNumberSeparators()
    {
        Assert.Equal(
            ["Don't", "count", "Oslo’s", "1,250", "boats", "at", "3.5", "knots", "high", "speed", "café"],
            Words("Don't count Oslo’s 1,250 boats at 3.5 knots (high-speed); café."));
    }

    [Fact]
    public void PunctuationAtTheEdgesIsNoPartOfAWord()
    {
        Assert.Equal(["end", "quoted", "2020"], Words("end. 'quoted' 2020."));
    }

    [Fact]
    public void LettersOutsideTheBasicPlaneAreWordCharacters()
    {
        Assert.Equal(["a𝐀b", "c"], Words("a𝐀b, c"));
    }

    private static string[] Words(string text) =>
        [.. Enumerate(text)];

    private static List<string> Enumerate(string text)
    {
        var words = new List<string>();
        foreach (var word in WordTokenizer.Enumerate(text))
        {
            words.Add(text[word.Start..word.End]);
        }

        return words;
    }
}
