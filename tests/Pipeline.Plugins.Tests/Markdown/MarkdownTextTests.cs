using Xunit;

namespace Pipeline.Plugins.Tests.Markdown;

/// <summary>What each kind of Markdown becomes in the text.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("A *light* and **heavy** and ***both*** and ~~struck~~ and _under_ word.", "A light and heavy and both and struck and under word.")]
    [InlineData("Stars \\*kept\\*, a backslash \\\\ and a \\[bracket\\].", "Stars *kept*, a backslash \\ and a [bracket].")]
    [InlineData("Fish &amp; chips &copy; 2024 &#233;t&#xE9; &nbsp;end &bogus; here", "Fish & chips © 2024 été \u00A0end &bogus; here")]
    [InlineData("Run `npm  test` now", "Run npm test now")]
    [InlineData("H~2~O, x^2^, ==marked== and ++inserted++", "H2O, x2, marked and inserted")]
    [InlineData("Some <span class=\"x\">inline</span> HTML<!-- note --> here", "Some inline HTML here")]
    public async Task MarkupIsRemovedAndEscapesAndEntitiesAreResolved(string markdown, string text)
    {
        var result = await MarkdownHost.ConvertAsync(markdown);

        Assert.Equal(text, result.Text);
    }

    [Fact]
    public async Task HeadingsAndParagraphsAreABlankLineApartAndSoftLineBreaksBecomeSpaces()
    {
        var result = await MarkdownHost.ConvertAsync("# Title #\n\nFirst line\nsame paragraph.\n\nSecond\n===\n\n---\n\nThird.");

        Assert.Equal("Title\n\nFirst line same paragraph.\n\nSecond\n\nThird.", result.Text);
    }

    [Fact]
    public async Task HardLineBreaksAndBrTagsBecomeLineBreaks()
    {
        var result = await MarkdownHost.ConvertAsync("Two spaces  \nbackslash\\\ntag<br/>end");

        Assert.Equal("Two spaces\nbackslash\ntag\nend", result.Text);
    }

    [Fact]
    public async Task ListItemsAreOneALineWithTheirMarkersAsWritten()
    {
        const string markdown = "Intro:\n\n* one\n* two\n\n  still two\n\n3) three\n4) four\n   + nested\n\nAfter.";

        var kept = await MarkdownHost.ConvertAsync(markdown);
        var plain = await MarkdownHost.RunOkAsync(MarkdownHost.Chain(new { listMarkers = false }), markdown);

        Assert.Equal("Intro:\n\n* one\n* two\nstill two\n\n3) three\n4) four\n+ nested\n\nAfter.", kept.Text);
        Assert.Equal("Intro:\n\none\ntwo\nstill two\n\nthree\nfour\nnested\n\nAfter.", plain.Text);
    }

    [Fact]
    public async Task BlockQuotesLoseTheirMarkersAndKeepTheirParagraphs()
    {
        var result = await MarkdownHost.ConvertAsync("> First *quoted*\n> line.\n>\n> > Nested.\n\nOutside.");

        Assert.Equal("First quoted line.\n\nNested.\n\nOutside.", result.Text);
    }

    [Fact]
    public async Task CodeBlocksKeepTheirLinesIndentationAndBlankLinesWithoutFences()
    {
        var result = await MarkdownHost.ConvertAsync("Before.\n\n```python\ndef f():\n    return 1\n\n\nprint(f())\n```\n\n    indented *code*\n      deeper\n\nAfter.");

        Assert.Equal("Before.\n\ndef f():\n    return 1\n\n\nprint(f())\n\nindented *code*\n  deeper\n\nAfter.", result.Text);
    }

    [Fact]
    public async Task ACodeBlockIndentedWithATabInsideAListKeepsItsText()
    {
        const string markdown = "- item\n\n\t    code after a tab\n- next";

        var result = await MarkdownHost.ConvertAsync(markdown);

        Assert.Equal("- item\n  code after a tab\n- next", result.Text);
        var word = result.Text.IndexOf("code after", StringComparison.Ordinal);
        var (start, end) = result.Map.ToOriginal(word, word + "code after".Length);
        Assert.Equal("code after", markdown[start..end]);
    }

    [Fact]
    public async Task TablesAreWrittenRowByRowWithCellsApartByABar()
    {
        var result = await MarkdownHost.ConvertAsync("| Name | Score | Note |\n|:-----|------:|------|\n| *Ana* | 12 | |\n| Bo | | late `x` |\n");

        Assert.Equal("Name | Score | Note\nAna | 12\nBo |  | late x", result.Text);
    }

    [Fact]
    public async Task RawHtmlBlocksKeepTheirTextWithoutTagsCommentsOrScripts()
    {
        const string markdown = "<div class=\"box\">\n<p>First &amp; <b>bold</b></p><p>Second</p>\n<!-- hidden\nstill hidden -->\n<script>var x = \"<p>no</p>\";</script>\n</div>\n\nAfter.";

        var result = await MarkdownHost.ConvertAsync(markdown);

        Assert.Equal("First & bold\n\nSecond\n\nAfter.", result.Text);
    }

    [Fact]
    public async Task ImagesLeaveNoTextUnlessImageAltTextIsOn()
    {
        const string markdown = "See ![the *old* mill](mill.jpg) here.";

        var dropped = await MarkdownHost.ConvertAsync(markdown);
        var kept = await MarkdownHost.RunOkAsync(MarkdownHost.Chain(new { imageAltText = true }), markdown);

        Assert.Equal("See here.", dropped.Text);
        Assert.Equal("See the old mill here.", kept.Text);
        Assert.DoesNotContain(kept.Annotations, a => a.Type == "url");
    }

    [Fact]
    public async Task ReferenceLinksAreAnnotatedAndTheirDefinitionsRemoved()
    {
        var result = await MarkdownHost.ConvertAsync("Read [the **full** report][r] or [this one].\n\n[r]: https://Example.ORG/report \"Title\"\n[this one]: <https://example.org/other>");

        Assert.Equal("Read the full report or this one.", result.Text);
        var links = result.Annotations.Where(a => a.Type == "url").Select(a => (result.Text[a.Start..a.End], a.Attributes["value"])).ToList();
        Assert.Equal([("the full report", "https://example.org/report"), ("this one", "https://example.org/other")], links);
    }

    [Fact]
    public async Task ALinkWhoseTextIsAnAddressIsAnnotatedOnceWithItsTarget()
    {
        var result = await MarkdownHost.ConvertAsync("## See [www.example.org](https://example.org/page) ##\n\n- [first](https://example.org/1)\n- <div>no</div> html in an item");

        Assert.Equal("See www.example.org\n\n- first\n- no\nhtml in an item", result.Text);
        var links = result.Annotations.Where(a => a.Type == "url").Select(a => (result.Text[a.Start..a.End], a.Attributes["value"])).ToList();
        Assert.Equal([("www.example.org", "https://example.org/page"), ("first", "https://example.org/1")], links);
    }

    [Fact]
    public async Task WithLinksOffNothingIsAnnotated()
    {
        var result = await MarkdownHost.RunOkAsync(MarkdownHost.Chain(new { links = false }), "A [link](https://example.org) and <https://example.net>.");

        Assert.Equal("A link and https://example.net.", result.Text);
        Assert.Empty(result.Annotations);
    }

    [Fact]
    public async Task WindowsLineEndingsGiveTheSameText()
    {
        const string markdown = "---\r\ntitle: Crlf\r\n---\r\n\r\n# Head\r\n\r\nOne\r\ntwo.\r\n\r\n- a\r\n- b\r\n\r\n```\r\ncode\r\n```\r\n";

        var result = await MarkdownHost.ConvertAsync(markdown);

        Assert.Equal("Head\n\nOne two.\n\n- a\n- b\n\ncode", result.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Crlf", result.Metadata["title"]);
    }

    [Fact]
    public async Task ADocumentWithoutFrontMatterSetsNoMetadataAndAnUnreadableDateIsLeftOut()
    {
        var plain = await MarkdownHost.ConvertAsync("Just text.");
        var odd = await MarkdownHost.ConvertAsync("---\ntitle: Odd\ndate: next Tuesday\n---\nText.");

        Assert.Empty(plain.Metadata);
        Assert.Equal("Odd", odd.Metadata["title"]);
        Assert.DoesNotContain("published", odd.Metadata.Keys);
    }

    [Fact]
    public async Task AnEmptyDocumentStaysEmpty()
    {
        var result = await MarkdownHost.ConvertAsync(string.Empty);

        Assert.Equal(string.Empty, result.Text);
    }
}
