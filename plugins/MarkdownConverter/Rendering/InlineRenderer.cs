using Markdig.Syntax.Inlines;
using Pipeline.Plugins.MarkdownConverter.Output;

namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>Writes a paragraph's inlines: literal text kept, markup dropped, escapes and entities decoded, links noted.</summary>
internal sealed class InlineRenderer
{
    private readonly string _source;
    private readonly EditWriter _writer;
    private readonly MarkdownOptions _options;
    private readonly List<Link> _links = [];
    private bool _inLink;

    public InlineRenderer(string source, EditWriter writer, MarkdownOptions options)
    {
        _source = source;
        _writer = writer;
        _options = options;
    }

    public IReadOnlyList<Link> Links => _links;

    /// <summary>Writes the inlines of a leaf block whose blocks lie <paramref name="depth"/> levels deep.</summary>
    public void Write(ContainerInline root, int depth) => Children(root, depth);

    private void Children(ContainerInline container, int depth)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            Write(inline, depth);
        }
    }

    private void Write(Inline inline, int depth)
    {
        switch (inline)
        {
            case LiteralInline literal:
                InlineText.Write(_writer, _source, literal.Span.Start, literal.Span.End + 1, literal.Content.AsSpan());
                break;
            case CodeInline code:
                var (start, end) = Inside(code);
                InlineText.Write(_writer, _source, start, end, code.Content);
                break;
            case HtmlEntityInline entity:
                _writer.Substitute(entity.Span.Start, entity.Span.End + 1, entity.Transcoded.ToString(), EditWriter.EscapeReason);
                break;
            case LineBreakInline lineBreak:
                _writer.Separate(lineBreak.IsHard ? Separators.Line : Separators.Space);
                break;
            case HtmlInline html when IsLineBreak(html.Tag):
                _writer.Separate(Separators.Line);
                break;
            case AutolinkInline autolink:
                Autolink(autolink);
                break;
            case LinkInline { IsImage: true } image:
                if (_options.ImageAltText)
                {
                    DepthGuard.Check(depth + 1, _options.MaxDepth);
                    Children(image, depth + 1);
                }

                break;
            case LinkInline link:
                Link(link, depth + 1);
                break;
            case DelimiterInline delimiter:
                Unmatched(delimiter, depth + 1);
                break;
            case ContainerInline container:
                DepthGuard.Check(depth + 1, _options.MaxDepth);
                Children(container, depth + 1);
                break;
        }
    }

    private void Link(LinkInline link, int depth)
    {
        DepthGuard.Check(depth, _options.MaxDepth);
        if (_inLink)
        {
            Children(link, depth);
            return;
        }

        _inLink = true;
        _writer.OpenSpan();
        Children(link, depth);
        Note(_writer.CloseSpan(), link.GetDynamicUrl?.Invoke() ?? link.Url);
        _inLink = false;
    }

    /// <summary>A delimiter the parser could not match (a '[' never closed) is text, followed by what it held.</summary>
    private void Unmatched(DelimiterInline delimiter, int depth)
    {
        var written = delimiter.ToLiteral();
        InlineText.Write(_writer, _source, delimiter.Span.Start, delimiter.Span.Start + written.Length, written);
        DepthGuard.Check(depth, _options.MaxDepth);
        Children(delimiter, depth);
    }

    private void Autolink(AutolinkInline autolink)
    {
        var start = autolink.Span.Start;
        var end = autolink.Span.End;
        var bracketed = start >= 0 && end < _source.Length && end > start + 1 && _source[start] == '<' && _source[end] == '>';
        var noted = !_inLink;
        if (noted)
        {
            _writer.OpenSpan();
        }

        if (bracketed)
        {
            _writer.Keep(start + 1, end);
        }
        else
        {
            _writer.Substitute(start, end + 1, autolink.Url, InlineText.ParsedReason);
        }

        if (noted)
        {
            Note(_writer.CloseSpan(), autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url);
        }
    }

    private void Note((int Start, int End)? span, string? target)
    {
        if (_options.Links && span is var (start, end) && end > start && !string.IsNullOrWhiteSpace(target))
        {
            _links.Add(new Link(start, end, target.Trim()));
        }
    }

    /// <summary>The source between a code span's backtick runs.</summary>
    private static (int Start, int End) Inside(CodeInline code) =>
        (code.Span.Start + code.DelimiterCount, code.Span.End + 1 - code.DelimiterCount);

    private static bool IsLineBreak(string tag) =>
        tag.Length > 3 && tag[0] == '<' && tag.AsSpan(1, 2).Equals("br", StringComparison.OrdinalIgnoreCase) && (tag[3] is '>' or '/' || InlineText.IsSpace(tag[3]));
}
