using Pipeline.Core.Tests.Support;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Engine;

public sealed class EditMapTests
{
    private static EditMap Apply(EditMap map, params TextEdit[] edits) => map.Apply(edits);

    [Fact]
    public void AnUneditedTextMapsOntoItself()
    {
        var map = EditMap.Identity(10);
        Assert.Equal((2, 7), map.ToOriginal(2, 7));
    }

    [Fact]
    public void TextAfterADeletionMapsPastTheDeletedRange()
    {
        const string original = "abcXXXdef";
        var map = Apply(EditMap.Identity(original.Length), new TextEdit(3, 6, "", "del"));
        // current "abcdef": "def" is at 3..6, originally 6..9
        Assert.Equal("def", original.Slice(map.ToOriginal(3, 6)));
        Assert.Equal("cXXXd", original.Slice(map.ToOriginal(2, 4)));
    }

    [Fact]
    public void ASpanInsideInsertedTextHasNoOriginal()
    {
        var map = Apply(EditMap.Identity(3), new TextEdit(0, 0, "PREFIX ", "insert"));
        Assert.Equal((-1, -1), map.ToOriginal(0, 6));
        Assert.Equal((0, 3), map.ToOriginal(7, 10));
    }

    [Fact]
    public void ASpanInsideReplacementTextMapsToWhatItReplaced()
    {
        const string original = "a\u00A0b";
        var map = Apply(EditMap.Identity(3), new TextEdit(1, 2, " ", "nbsp"));
        Assert.Equal("\u00A0", original.Slice(map.ToOriginal(1, 2)));
        Assert.Equal("a\u00A0b", original.Slice(map.ToOriginal(0, 3)));
    }

    [Fact]
    public void EditsOfSeveralStepsComposeBackToTheSubmittedText()
    {
        const string original = "QR\n\nHello   big  world\n\n\n\nBye";
        // Step 1: drop "QR\n\n" (0..4) -> "Hello   big  world\n\n\n\nBye"
        var map = Apply(EditMap.Identity(original.Length), new TextEdit(0, 4, "", "qr"));
        // Step 2, on "Hello   big  world\n\n\n\nBye": collapse spaces and blank lines
        map = map.Apply([new TextEdit(5, 8, " ", "spaces"), new TextEdit(11, 13, " ", "spaces"), new TextEdit(18, 22, "\n\n", "blank")]);
        const string current = "Hello big world\n\nBye";
        Assert.Equal("big", original.Slice(map.ToOriginal(current.IndexOf("big", StringComparison.Ordinal), current.IndexOf("big", StringComparison.Ordinal) + 3)));
        Assert.Equal("world", original.Slice(map.ToOriginal(10, 15)));
        Assert.Equal("Bye", original.Slice(map.ToOriginal(17, 20)));
        Assert.Equal("Hello   big  world", original.Slice(map.ToOriginal(0, 15)));
    }

    [Fact]
    public void AnEditInsideAnEarlierReplacementStillMapsToTheWholeReplacedRange()
    {
        const string original = "xx<tag>yy";
        var map = Apply(EditMap.Identity(original.Length), new TextEdit(2, 7, "TAG", "replace"));
        // current "xxTAGyy"; now replace the "A" inside the replacement
        map = map.Apply([new TextEdit(3, 4, "-", "inner")]);
        Assert.Equal("<tag>", original.Slice(map.ToOriginal(2, 5)));
        Assert.Equal("yy", original.Slice(map.ToOriginal(5, 7)));
    }

    [Fact]
    public void AfterDeletingTheWholeTextAnEmptySpanMapsToAnEmptyRange()
    {
        var map = Apply(EditMap.Identity(5), new TextEdit(0, 5, "", "all"));
        var (start, end) = map.ToOriginal(0, 0);
        Assert.Equal(start, end);
        Assert.InRange(start, 0, 5);
    }
}
