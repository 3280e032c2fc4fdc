using System.Text;
using AngleSharp.Dom;

namespace Pipeline.Plugins.HtmlConverter.Source;

/// <summary>Where each text node of the parsed document came from: the source runs that decode to exactly its data.</summary>
/// <remarks>
/// AngleSharp keeps the source position of every start tag it read, not of text. Each such tag is an anchor:
/// the text nodes that follow it in document order are matched, in order, against the runs that follow it in
/// the source. Nodes the tree builder moved (foster-parented table text) or made up fail the match and stay
/// unmapped; the anchor after them puts the matching back in step.
/// </remarks>
internal sealed class TextNodeMap
{
    private static readonly System.Buffers.SearchValues<char> HtmlSpace = System.Buffers.SearchValues.Create(" \t\n\r\f");

    private readonly Dictionary<INode, TextSpan> _spans = new(ReferenceEqualityComparer.Instance);

    private TextNodeMap(IReadOnlyList<SourceRun> runs)
    {
        Runs = runs;
    }

    public IReadOnlyList<SourceRun> Runs { get; }

    public bool TryGet(INode node, out TextSpan span) => _spans.TryGetValue(node, out span);

    public static TextNodeMap Build(IDocument document, string source, List<SourceRun> runs, CancellationToken cancellationToken)
    {
        var map = new TextNodeMap(runs);
        var decoded = new StringBuilder();
        var cursor = 0;
        var lastAnchor = -1;
        var visited = 0;
        foreach (var node in DocumentOrder.Nodes(document))
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (node is IElement element)
            {
                var at = SourceStart(element, source);
                if (at > lastAnchor)
                {
                    lastAnchor = at;
                    cursor = FirstRunAfter(runs, at);
                }
            }
            else if (node is IText text && cursor < runs.Count)
            {
                cursor = map.Match(text, source, cursor, decoded);
            }
        }

        return map;
    }

    /// <summary>The index of the '&lt;' of the element's start tag in the source, or -1 when the parser made the element up.</summary>
    public static int SourceStart(IElement element, string source)
    {
        var at = (element.SourceReference?.Position.Position ?? 0) - 1;
        var name = element.LocalName;
        if (at < 0 || at + 1 + name.Length > source.Length || source[at] != '<')
        {
            return -1;
        }

        return string.Compare(source, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 ? at : -1;
    }

    private int Match(IText text, string source, int cursor, StringBuilder decoded)
    {
        var data = text.Data;
        var first = cursor;
        var matched = 0;
        var offset = 0;
        while (first < Runs.Count)
        {
            var run = Runs[first];
            offset = LeadingNewline(text, source, run);
            if (Decodes(source, run, offset, data, 0, decoded, out var length))
            {
                matched = length;
                break;
            }

            // A run of white space the tree builder dropped (between table parts, before <head>...).
            if (source.AsSpan(run.Start, run.End - run.Start).ContainsAnyExcept(HtmlSpace))
            {
                return cursor;
            }

            first++;
        }

        if (matched == 0)
        {
            return cursor;
        }

        var last = first;
        while (matched < data.Length && last + 1 < Runs.Count)
        {
            if (!Decodes(source, Runs[last + 1], 0, data, matched, decoded, out var length))
            {
                break;
            }

            matched += length;
            last++;
        }

        if (matched != data.Length)
        {
            return cursor;
        }

        _spans[text] = new TextSpan(first, last, offset);
        return last + 1;
    }

    /// <summary>How many source characters of a line break the parser dropped at the start of a &lt;pre&gt;, &lt;textarea&gt; or &lt;listing&gt;.</summary>
    private static int LeadingNewline(IText text, string source, SourceRun run)
    {
        if (source[run.Start] is not ('\n' or '\r') || text.ParentElement?.LocalName is not ("pre" or "textarea" or "listing") || text.PreviousSibling is not null)
        {
            return 0;
        }

        return source[run.Start] == '\r' && run.End > run.Start + 1 && source[run.Start + 1] == '\n' ? 2 : 1;
    }

    /// <summary>Whether the run, decoded, is <paramref name="data"/> at <paramref name="at"/>; its length in <paramref name="length"/>.</summary>
    private static bool Decodes(string source, SourceRun run, int skip, string data, int at, StringBuilder decoded, out int length)
    {
        var span = source.AsSpan(run.Start + skip, run.End - run.Start - skip);
        if (span.IndexOfAny('&', '\r') < 0)
        {
            length = span.Length;
            return length > 0 && at + length <= data.Length && span.SequenceEqual(data.AsSpan(at, length));
        }

        decoded.Clear();
        CharacterReferences.AppendDecoded(decoded, source, run.Start + skip, run.End, run.Raw);
        length = decoded.Length;
        return IsPrefix(decoded, 0, data, at);
    }

    private static bool IsPrefix(StringBuilder part, int partStart, string data, int at)
    {
        var length = part.Length - partStart;
        if (length <= 0 || at + length > data.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (part[partStart + i] != data[at + i])
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstRunAfter(List<SourceRun> runs, int at)
    {
        int lo = 0, hi = runs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (runs[mid].Start <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
