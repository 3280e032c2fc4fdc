using Pipeline.Plugins.MarkdownConverter.Output;

namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>
/// The text of a raw HTML block, line by line: tags and comments removed, the content of scripts and styles
/// left out, references decoded, block tags turned into separators. A lexer, not a parser: enough for the HTML
/// people put into Markdown, which is a few tags around text.
/// </summary>
internal sealed class HtmlBlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "aside",
        "figure", "figcaption", "main", "nav", "table", "thead", "tbody", "tfoot", "caption", "ul", "ol", "dl", "hr", "details",
        "summary", "form", "fieldset", "address",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "br", "li", "tr", "dt", "dd" };

    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "textarea" };

    private readonly string _source;
    private readonly EditWriter _writer;
    private readonly string _between;
    private readonly int _lengthBefore;
    private State _state;
    private char _quote;
    private string? _hiddenUntil;

    public HtmlBlockText(string source, EditWriter writer, string between)
    {
        _source = source;
        _writer = writer;
        _between = between;
        _lengthBefore = writer.Length;
    }

    private enum State
    {
        Text,
        Tag,
        Comment,
        Hidden,
    }

    /// <summary>Writes one line of the block, [<paramref name="start"/>, <paramref name="end"/>) in the source.</summary>
    public void Line(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            i = _state switch
            {
                State.Tag => InTag(i, end),
                State.Comment => Past(i, end, "-->", State.Text),
                State.Hidden => InHidden(i, end),
                _ => InText(i, end),
            };
        }

        _writer.Separate(Separators.Space);
    }

    private int InText(int i, int end)
    {
        var c = _source[i];
        if (c == '<' && i + 1 < end && (char.IsAsciiLetter(_source[i + 1]) || _source[i + 1] is '/' or '!' or '?'))
        {
            if (_source.AsSpan(i, end - i).StartsWith("<!--", StringComparison.Ordinal))
            {
                _state = State.Comment;
                return i + 4;
            }

            Opening(i, end);
            _state = State.Tag;
            _quote = '\0';
            return i + 1;
        }

        if (InlineText.IsSpace(c))
        {
            _writer.Separate(Separators.Space);
            return i + 1;
        }

        if (c == '&' && Entities.Decode(_source, i, end, out var value) is > 0 and var length)
        {
            _writer.Substitute(i, i + length, value, EditWriter.EscapeReason);
            return i + length;
        }

        var wordEnd = i + 1;
        while (wordEnd < end && !InlineText.IsSpace(_source[wordEnd]) && _source[wordEnd] is not ('<' or '&'))
        {
            wordEnd++;
        }

        _writer.Keep(i, wordEnd);
        return wordEnd;
    }

    /// <summary>Turns a tag into the separator it makes, and notes a script or style whose content is to be skipped.</summary>
    private void Opening(int at, int end)
    {
        var i = at + 1;
        var closing = i < end && _source[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameEnd = i;
        while (nameEnd < end && (char.IsAsciiLetterOrDigit(_source[nameEnd]) || _source[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var name = _source[i..nameEnd];
        if (_writer.Length == _lengthBefore)
        {
            // Before the block's first text, what stands before the block decides (a list item's marker keeps its line).
        }
        else if (Blocks.Contains(name))
        {
            _writer.Separate(_between);
        }
        else if (Lines.Contains(name))
        {
            _writer.Separate(Separators.Line);
        }
        else if (Cells.Contains(name))
        {
            _writer.Separate(Separators.Cell);
        }

        if (!closing && Hidden.Contains(name))
        {
            _hiddenUntil = "</" + name;
        }
    }

    private int InTag(int i, int end)
    {
        for (; i < end; i++)
        {
            var c = _source[i];
            if (_quote != '\0')
            {
                _quote = c == _quote ? '\0' : _quote;
            }
            else if (c is '"' or '\'')
            {
                _quote = c;
            }
            else if (c == '>')
            {
                _state = _hiddenUntil is null ? State.Text : State.Hidden;
                return i + 1;
            }
        }

        return end;
    }

    private int InHidden(int i, int end)
    {
        var found = _source.AsSpan(i, end - i).IndexOf(_hiddenUntil, StringComparison.OrdinalIgnoreCase);
        if (found < 0)
        {
            return end;
        }

        _hiddenUntil = null;
        _state = State.Tag;
        _quote = '\0';
        return i + found + 2;
    }

    private int Past(int i, int end, string marker, State next)
    {
        var found = _source.AsSpan(i, end - i).IndexOf(marker, StringComparison.Ordinal);
        if (found < 0)
        {
            return end;
        }

        _state = next;
        return i + found + marker.Length;
    }
}
