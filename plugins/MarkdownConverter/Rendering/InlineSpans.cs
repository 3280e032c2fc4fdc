using System.Text;
using Markdig.Syntax.Inlines;
using Pipeline.Plugins.MarkdownConverter.Output;

namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>
/// Checks that a leaf block's inlines carry source positions, and gives their text where they do not: for a few
/// lines it rewrote (a tab after a heading's '#'), the parser gives positions off by the rewriting, or relative to
/// the block's own text.
/// </summary>
internal static class InlineSpans
{
    /// <summary>Whether the inlines follow one another in the source, and every literal's text is found where it lies.</summary>
    /// <remarks>Not whether they lie inside the block: the parser ends a table cell early before an unmatched '[' whose text it still gives right.</remarks>
    public static bool AreTrustworthy(string source, ContainerInline root, int maxDepth)
    {
        var last = -1;
        var stack = new Stack<(Inline Inline, int Depth)>();
        Push(stack, root, 0, maxDepth);
        while (stack.Count > 0)
        {
            var (inline, depth) = stack.Pop();
            var span = inline.Span;
            // Nothing written, so nothing to place: an empty literal, or the container an emphasis delimiter left behind.
            if (inline is LiteralInline { Content.IsEmpty: true } or ContainerInline { FirstChild: null })
            {
                continue;
            }

            // What the pipe-table parser leaves of an emphasis delimiter it met before a table: a bare container whose
            // span is the delimiter's while its children follow on.
            if (inline.GetType() == typeof(ContainerInline))
            {
                Push(stack, (ContainerInline)inline, depth, maxDepth);
                continue;
            }

            if (span.Start <= last || span.End < span.Start || span.End >= source.Length)
            {
                return false;
            }

            if (inline is LiteralInline literal && !InlineText.Aligns(source, span.Start, span.End + 1, literal.Content.AsSpan(), loose: true))
            {
                return false;
            }

            if (inline is DelimiterInline delimiter)
            {
                // A delimiter left unmatched is followed by what it holds, not around it.
                last = span.Start + delimiter.ToLiteral().Length - 1;
                Push(stack, delimiter, depth, maxDepth);
            }
            else if (inline is ContainerInline container)
            {
                Push(stack, container, depth, maxDepth);
            }
            else
            {
                last = span.End;
            }
        }

        return true;
    }

    /// <summary>The text the inlines stand for, white space collapsed, images left out; no deeper than <paramref name="maxDepth"/>.</summary>
    public static string Text(ContainerInline root, int maxDepth)
    {
        var text = new StringBuilder();
        var stack = new Stack<(Inline Inline, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (inline, depth) = stack.Pop();
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                DelimiterInline delimiter => delimiter.ToLiteral(),
                _ => string.Empty,
            });
            if (inline is ContainerInline container and not LinkInline { IsImage: true })
            {
                Push(stack, container, depth, maxDepth);
            }
        }

        return string.Join(' ', text.ToString().Split([' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Pushes a container's children last to first, so that they come off in document order.</summary>
    private static void Push(Stack<(Inline Inline, int Depth)> stack, ContainerInline container, int depth, int maxDepth)
    {
        if (depth >= maxDepth)
        {
            return;
        }

        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push((child, depth + 1));
        }
    }
}
