using Pipeline.Plugins.MarkdownConverter.Output;
using Xunit;

namespace Pipeline.Plugins.Tests.Markdown;

/// <summary>How the text the parser read is found again in its stretch of source.</summary>
public sealed class InlineTextTests
{
    [Fact]
    public void EscapesAreDroppedAndTheRestIsKeptWhereItStands()
    {
        const string source = "a \\*b\\* c";

        var (text, edits) = Write(source, 0, source.Length, "a *b* c");

        Assert.Equal("a *b* c", text);
        Assert.Equal([(2, 1, ""), (5, 1, "")], edits.Select(e => (e.Start, e.Length, e.Replacement)));
    }

    [Fact]
    public void TextFoundOnlyLooselyKeepsEverySurrogatePairWhole()
    {
        const string source = "> \U0001F309x\U0001F308";

        var (text, edits) = Write(source, 0, source.Length, "\U0001F308");

        Assert.Equal("\U0001F308", text);
        Assert.All(edits, e => Assert.False(char.IsLowSurrogate(source[e.Start]) || (e.Start + e.Length < source.Length && char.IsLowSurrogate(source[e.Start + e.Length]))));
    }

    [Fact]
    public void ANulReadAsAReplacementCharacterIsReplacedInPlace()
    {
        const string source = "a\0b";

        var (text, edits) = Write(source, 0, source.Length, "a\uFFFDb");

        Assert.Equal("a\uFFFDb", text);
        Assert.Equal([(1, 1, "\uFFFD")], edits.Select(e => (e.Start, e.Length, e.Replacement)));
    }

    [Fact]
    public void TextNotInTheStretchReplacesItWhole()
    {
        const string source = "abc";

        var (text, edits) = Write(source, 0, source.Length, "xyz");

        Assert.Equal("xyz", text);
        Assert.Equal([(0, 3, "xyz")], edits.Select(e => (e.Start, e.Length, e.Replacement)));
    }

    private static (string Text, IReadOnlyList<TextEdit> Edits) Write(string source, int start, int end, string content)
    {
        var writer = new EditWriter(source);
        InlineText.Write(writer, source, start, end, content);
        writer.Finish();
        return (writer.Text, writer.Edits);
    }
}
