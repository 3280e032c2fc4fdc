using System.Text;
using Pipeline.Plugins.HtmlConverter.Source;

namespace Pipeline.Plugins.HtmlConverter.Output;

/// <summary>
/// Turns the source into the article's text by edits: kept characters stay where they are (so that the
/// engine's edit map sends every later span back to its place in the HTML), references are replaced by what
/// they stand for, and everything between two kept pieces becomes one separator.
/// </summary>
/// <remarks>Edits are made in source order and never overlap: each one starts where the last kept text ended.</remarks>
internal sealed class EditWriter
{
    private const string MarkupReason = "html: markup and boilerplate";
    private const string ReferenceReason = "html: character reference";

    private readonly string _source;
    private readonly List<TextEdit> _edits = [];
    private readonly StringBuilder _text = new();
    private int _cursor;
    private Separator _pending;

    public EditWriter(string source)
    {
        _source = source;
    }

    public IReadOnlyList<TextEdit> Edits => _edits;

    /// <summary>The text the edits make of the source.</summary>
    public string Text => _text.ToString();

    public void Separate(Separator separator)
    {
        if (separator > _pending)
        {
            _pending = separator;
        }
    }

    /// <summary>Keeps the characters of a text node's runs, white space collapsed and references decoded.</summary>
    public void Write(TextSpan span, IReadOnlyList<SourceRun> runs)
    {
        for (var r = span.FirstRun; r <= span.LastRun; r++)
        {
            var run = runs[r];
            var start = r == span.FirstRun ? run.Start + span.SkippedAtStart : run.Start;
            WriteRun(start, run.End);
        }
    }

    /// <summary>Deletes what is left after the last kept text.</summary>
    public void Finish()
    {
        if (_cursor < _source.Length)
        {
            _edits.Add(new TextEdit(_cursor, _source.Length - _cursor, string.Empty, MarkupReason));
            _cursor = _source.Length;
        }
    }

    private void WriteRun(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = _source[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                Separate(Separator.Space);
                i++;
                continue;
            }

            if (c == '&' && CharacterReferences.Decode(_source, i, end, out var value) is > 0 and var length)
            {
                Flush(i);
                _edits.Add(new TextEdit(i, length, value, ReferenceReason));
                _text.Append(value);
                i = _cursor = i + length;
                continue;
            }

            var wordEnd = i + 1;
            while (wordEnd < end && _source[wordEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '&'))
            {
                wordEnd++;
            }

            Flush(i);
            _text.Append(_source, i, wordEnd - i);
            i = _cursor = wordEnd;
        }
    }

    /// <summary>Replaces everything between the last kept character and <paramref name="next"/> by the pending separator.</summary>
    private void Flush(int next)
    {
        var separator = _text.Length == 0 ? string.Empty : _pending switch
        {
            Separator.Paragraph => "\n\n",
            Separator.Line => "\n",
            Separator.Space => " ",
            _ => string.Empty,
        };
        _pending = Separator.None;
        if (next - _cursor != separator.Length || string.CompareOrdinal(_source, _cursor, separator, 0, separator.Length) != 0)
        {
            _edits.Add(new TextEdit(_cursor, next - _cursor, separator, MarkupReason));
        }

        _text.Append(separator);
        _cursor = next;
    }
}
