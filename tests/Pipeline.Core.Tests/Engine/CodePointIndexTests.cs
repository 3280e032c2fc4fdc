using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Engine;

public sealed class CodePointIndexTests
{
    [Fact]
    public void TextWithoutSurrogatesCountsTheSame()
    {
        var index = new CodePointIndex("plain text");
        Assert.Equal(5, index.ToCodePoints(5));
    }

    [Fact]
    public void EachAstralCharacterCountsOnce()
    {
        const string text = "a😀b𝒜c";
        var index = new CodePointIndex(text);
        Assert.Equal(0, index.ToCodePoints(0));
        Assert.Equal(1, index.ToCodePoints(1));
        Assert.Equal(2, index.ToCodePoints(3));
        Assert.Equal(3, index.ToCodePoints(4));
        Assert.Equal(4, index.ToCodePoints(6));
        Assert.Equal(5, index.ToCodePoints(text.Length));
    }

    [Fact]
    public void MinusOneStaysMinusOne()
    {
        Assert.Equal(-1, new CodePointIndex("😀").ToCodePoints(-1));
    }
}
