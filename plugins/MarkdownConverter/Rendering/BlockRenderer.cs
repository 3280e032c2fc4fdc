using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Pipeline.Plugins.MarkdownConverter.Output;

namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>
/// Walks the parsed document and writes its text: headings, paragraphs, quotes and code blocks a blank line
/// apart, list items and table rows a line each, table cells apart by " | ". Inside a list item its blocks are
/// a line apart, inside a table cell a space.
/// </summary>
internal sealed class BlockRenderer
{
    public const string FrontMatterReason = "markdown: front matter";

    private readonly string _source;
    private readonly EditWriter _writer;
    private readonly MarkdownOptions _options;
    private readonly InlineRenderer _inlines;
    private readonly CancellationToken _cancellationToken;

    public BlockRenderer(string source, EditWriter writer, MarkdownOptions options, CancellationToken cancellationToken)
    {
        _source = source;
        _writer = writer;
        _options = options;
        _inlines = new InlineRenderer(source, writer, options);
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<Link> Links => _inlines.Links;

    public void Write(MarkdownDocument document) => Children(document, Separators.Paragraph, 0);

    private void Children(ContainerBlock container, string between, int depth)
    {
        for (var i = 0; i < container.Count; i++)
        {
            Write(container, i, between, between, depth);
        }
    }

    /// <param name="container">The block's parent.</param>
    /// <param name="index">Which of its blocks to write.</param>
    /// <param name="around">The separator before and after the block.</param>
    /// <param name="between">The separator between the blocks inside it.</param>
    /// <param name="depth">How many quotes and lists hold it.</param>
    private void Write(ContainerBlock container, int index, string around, string between, int depth)
    {
        var block = container[index];
        _cancellationToken.ThrowIfCancellationRequested();
        _writer.Separate(around);
        switch (block)
        {
            case YamlFrontMatterBlock frontMatter:
                _writer.Drop(frontMatter.Span.End + 1, FrontMatterReason);
                break;
            case LinkReferenceDefinitionGroup or LinkReferenceDefinition or ThematicBreakBlock:
                break;
            case QuoteBlock quote:
                DepthGuard.Check(depth + 1, _options.MaxDepth);
                Children(quote, between, depth + 1);
                break;
            case ListBlock list:
                DepthGuard.Check(depth + 1, _options.MaxDepth);
                foreach (var item in list)
                {
                    Item((ListItemBlock)item, list, depth + 1);
                }

                break;
            case Table table:
                Table(table, depth);
                break;
            case HtmlBlock html:
                Html(html, between);
                break;
            case CodeBlock code:
                Code(code);
                break;
            case LeafBlock { Inline: { } inline } when InlineSpans.AreTrustworthy(_source, inline, _options.MaxDepth):
                _inlines.Write(inline, depth);
                break;
            case LeafBlock { Inline: { } inline } leaf:
                // Positions not to be trusted: the block's text is found in its source as a whole, links unmarked.
                InlineText.Write(_writer, _source, leaf.Span.Start, End(container, index), InlineSpans.Text(inline, _options.MaxDepth));
                break;
            case ContainerBlock other:
                Children(other, between, depth);
                break;
        }

        _writer.Separate(around);
    }

    /// <summary>Where a block ends: its span's end, or where the next block starts (a paragraph before a table spans the table too).</summary>
    private static int End(ContainerBlock container, int index)
    {
        var block = container[index];
        var end = block.Span.End + 1;
        return index + 1 < container.Count && container[index + 1].Span.Start is var next && next > block.Span.Start && next < end ? next : end;
    }

    private void Item(ListItemBlock item, ListBlock list, int depth)
    {
        _writer.Separate(Separators.Line);
        if (_options.ListMarkers && MarkerEnd(item, list) is > 0 and var markerEnd)
        {
            _writer.Keep(item.Span.Start, markerEnd);
            _writer.Separate(Separators.Space);
        }

        // The first block continues the marker's line.
        for (var i = 0; i < item.Count; i++)
        {
            Write(item, i, i == 0 ? Separators.None : Separators.Line, Separators.Line, depth);
        }

        _writer.Separate(Separators.Line);
    }

    /// <summary>Where the item's marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>12.</c>, <c>3)</c>) ends in the source; 0 when it is not where the item starts.</summary>
    private int MarkerEnd(ListItemBlock item, ListBlock list)
    {
        var i = item.Span.Start;
        if (i < 0 || i >= _source.Length)
        {
            return 0;
        }

        if (!list.IsOrdered)
        {
            return _source[i] == list.BulletType ? i + 1 : 0;
        }

        var digits = i;
        while (digits < _source.Length && digits - i < 9 && char.IsAsciiDigit(_source[digits]))
        {
            digits++;
        }

        return digits > i && digits < _source.Length && _source[digits] == list.OrderedDelimiter ? digits + 1 : 0;
    }

    private void Table(Table table, int depth)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            _writer.Separate(Separators.Line);
            var written = false;
            var gaps = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (written)
                {
                    // An empty cell between two others keeps its place: "a |  | c".
                    gaps++;
                    _writer.Separate(string.Concat(Enumerable.Repeat(Separators.Cell, gaps)));
                }

                var before = _writer.Length;
                for (var i = 0; i < cell.Count; i++)
                {
                    Write(cell, i, Separators.None, Separators.Space, depth);
                }

                if (_writer.Length > before)
                {
                    written = true;
                    gaps = 0;
                }
            }

            _writer.Separate(Separators.Line);
        }
    }

    private void Code(CodeBlock code)
    {
        var blanks = 0;
        var first = true;
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var line = code.Lines.Lines[i];
            if (line.Slice.IsEmptyOrWhitespace())
            {
                blanks += first ? 0 : 1;
                continue;
            }

            if (!first)
            {
                _writer.Separate(string.Concat(Enumerable.Repeat(Separators.Line, blanks + 1)));
            }

            first = false;
            blanks = 0;
            if (SourceLine.Find(_source, line) is { } found)
            {
                _writer.Substitute(found.Start, found.Start, found.Indent, InlineText.ParsedReason);
                _writer.Keep(found.Start, found.End);
            }
            else if (line.Position >= 0 && line.Position < _source.Length)
            {
                _writer.Substitute(line.Position, SourceLine.EndOf(_source, line.Position), line.Slice.ToString(), InlineText.ParsedReason);
            }
        }
    }

    private void Html(HtmlBlock html, string between)
    {
        var text = new HtmlBlockText(_source, _writer, between);
        for (var i = 0; i < html.Lines.Count; i++)
        {
            if (SourceLine.Find(_source, html.Lines.Lines[i]) is { } found)
            {
                text.Line(found.Start, found.End);
            }
        }
    }
}
