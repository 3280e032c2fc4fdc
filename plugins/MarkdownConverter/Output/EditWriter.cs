using System.Text;

namespace Pipeline.Plugins.MarkdownConverter.Output;

/// <summary>
/// Turns the source into plain text by edits: kept characters stay where they are (so that the engine's edit
/// map sends every later span back to its place in the Markdown), escapes and entities are replaced by what they
/// stand for, and everything between two kept pieces becomes one separator.
/// </summary>
/// <remarks>
/// Edits are made in source order and never overlap: each one starts where the last kept text ended. A write
/// that would reach back before that point (a parser position we cannot trust) becomes an insertion there.
/// </remarks>
internal sealed class EditWriter
{
    public const string MarkupReason = "markdown: markup";
    public const string EscapeReason = "markdown: escape or entity";

    private readonly string _source;
    private readonly List<TextEdit> _edits = [];
    private readonly StringBuilder _text = new();
    private int _cursor;
    private string _pending = Separators.None;
    private bool _spanOpen;
    private int _spanStart;

    public EditWriter(string source)
    {
        _source = source;
    }

    public IReadOnlyList<TextEdit> Edits => _edits;

    /// <summary>How long the text written so far is.</summary>
    public int Length => _text.Length;

    /// <summary>The text the edits make of the source.</summary>
    public string Text => _text.ToString();

    /// <summary>Asks for <paramref name="separator"/> before the next kept text; the strongest one asked for wins.</summary>
    public void Separate(string separator)
    {
        if (Separators.Strength(separator) > Separators.Strength(_pending))
        {
            _pending = separator;
        }
    }

    /// <summary>Keeps the source characters in [<paramref name="start"/>, <paramref name="end"/>) exactly as they are.</summary>
    public void Keep(int start, int end)
    {
        end = Math.Min(end, _source.Length);
        if (end <= start)
        {
            return;
        }

        if (start < _cursor)
        {
            Substitute(_cursor, _cursor, _source[start..end], MarkupReason);
            return;
        }

        Flush(start);
        _text.Append(_source, start, end - start);
        _cursor = end;
    }

    /// <summary>Replaces the source in [<paramref name="start"/>, <paramref name="end"/>) by <paramref name="value"/>.</summary>
    public void Substitute(int start, int end, string value, string reason)
    {
        start = Math.Clamp(start, _cursor, _source.Length);
        end = Math.Clamp(end, start, _source.Length);
        if (value.Length == 0)
        {
            // Left for the gap before the next kept text, so that no separator is written for nothing.
            return;
        }

        Flush(start);
        if (end - start != value.Length || string.CompareOrdinal(_source, start, value, 0, value.Length) != 0)
        {
            _edits.Add(new TextEdit(start, end - start, value, reason));
        }

        _text.Append(value);
        _cursor = end;
    }

    /// <summary>Deletes the source up to <paramref name="end"/> under a reason of its own, keeping any separator asked for.</summary>
    public void Drop(int end, string reason)
    {
        end = Math.Min(end, _source.Length);
        if (end > _cursor)
        {
            _edits.Add(new TextEdit(_cursor, end - _cursor, string.Empty, reason));
            _cursor = end;
        }
    }

    /// <summary>Starts a span (a link's text) whose source range <see cref="CloseSpan"/> gives. Spans do not nest.</summary>
    public void OpenSpan()
    {
        _spanOpen = true;
        _spanStart = -1;
    }

    /// <summary>The source range of what was written since <see cref="OpenSpan"/>, or null when nothing was.</summary>
    public (int Start, int End)? CloseSpan()
    {
        _spanOpen = false;
        return _spanStart < 0 ? null : (_spanStart, _cursor);
    }

    /// <summary>Deletes what is left after the last kept text.</summary>
    public void Finish()
    {
        if (_cursor < _source.Length)
        {
            _edits.Add(new TextEdit(_cursor, _source.Length - _cursor, string.Empty, MarkupReason));
            _cursor = _source.Length;
        }

        _pending = Separators.None;
    }

    /// <summary>
    /// Replaces everything between the last kept character and <paramref name="next"/> by the pending separator,
    /// keeping the source's own characters where it already holds the separator at either end of the gap.
    /// </summary>
    private void Flush(int next)
    {
        var separator = _text.Length == 0 ? Separators.None : _pending;
        _pending = Separators.None;
        if (_spanOpen && _spanStart < 0)
        {
            _spanStart = next;
        }

        var gap = _source.AsSpan(_cursor, next - _cursor);
        if (!gap.SequenceEqual(separator))
        {
            var (start, length, replacement) =
                separator.Length > 0 && gap.StartsWith(separator, StringComparison.Ordinal) ? (_cursor + separator.Length, gap.Length - separator.Length, string.Empty)
                : separator.Length > 0 && gap.EndsWith(separator, StringComparison.Ordinal) ? (_cursor, gap.Length - separator.Length, string.Empty)
                : (_cursor, gap.Length, separator);
            var escape = replacement.Length == 0 && length == 1 && _source[start] == '\\';
            _edits.Add(new TextEdit(start, length, replacement, escape ? EscapeReason : MarkupReason));
        }

        _text.Append(separator);
        _cursor = next;
    }
}
