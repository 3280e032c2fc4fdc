using Pipeline.Abstractions;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>
/// Rewrites one maximal run of white space (spaces, tabs, enabled non-breaking and zero-width characters,
/// line breaks) as a whole, so that every rule that meets in it yields a single edit.
/// </summary>
/// <remarks>
/// A run reads as piece, break, piece, ..., break, piece: the first piece ends the line before it, the
/// last one starts the line after it, and those in between are blank lines.
/// </remarks>
internal sealed class RunRewriter
{
    private readonly IStepContext _context;
    private readonly string _text;
    private readonly WhitespaceOptions _options;
    private readonly Scratch _scratch;
    private Rule _rules;

    public RunRewriter(IStepContext context, WhitespaceOptions options, Scratch scratch)
    {
        _context = context;
        _text = context.Text;
        _options = options;
        _scratch = scratch;
    }

    /// <summary>Records the edit, if any, that the rules make of the run [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Rewrite(int start, int end)
    {
        _rules = Rule.None;
        _scratch.Reset(end - start);
        var atStart = start == 0;
        var atEnd = end == _text.Length;
        var breaks = CountBreaks(start, end);
        if (breaks == 0)
        {
            Piece(start, end, atStart, atEnd);
        }
        else
        {
            Lines(start, end, breaks, atStart, atEnd);
        }

        MinimalEdit.Record(_context, start, end, _scratch.Written, Reasons.For(_rules));
    }

    private void Lines(int start, int end, int breaks, bool atStart, bool atEnd)
    {
        var afterLastBreak = start + _text.AsSpan(start, end - start).LastIndexOfAny('\r', '\n') + 1;
        if (atStart && _options.TrimDocument)
        {
            _rules |= Rule.DocumentStart;
            Piece(afterLastBreak, end, lineStart: true, lineEnd: atEnd);
            return;
        }

        var cursor = NextBreak(start, end);
        Piece(start, cursor, atStart, lineEnd: true);
        cursor = Break(cursor);
        if (atEnd && _options.TrimDocument)
        {
            // The final line break stays; blank lines and white space after it go.
            if (cursor < end)
            {
                _rules |= Rule.DocumentEnd;
            }

            return;
        }

        if (_options.CollapseBlankLines && breaks >= 3)
        {
            Break(NextBreak(cursor, end));
            _rules |= Rule.BlankLines;
            cursor = afterLastBreak;
        }
        else
        {
            for (var line = 1; line < breaks; line++)
            {
                var pieceEnd = NextBreak(cursor, end);
                Piece(cursor, pieceEnd, lineStart: true, lineEnd: true);
                cursor = Break(pieceEnd);
            }
        }

        Piece(cursor, end, lineStart: true, lineEnd: atEnd);
    }

    /// <summary>Writes the white space inside one line, between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private void Piece(int start, int end, bool lineStart, bool lineEnd)
    {
        if (end <= start)
        {
            return;
        }

        var trimStart = lineStart && _options.TrimLineStarts;
        var trimEnd = lineEnd && _options.TrimLineEnds;
        var piece = _text.AsSpan(start, end - start);
        if (trimStart || trimEnd)
        {
            var onlyZeroWidth = !piece.ContainsAnyExcept(Characters.ZeroWidth);
            _rules |= piece.ContainsAny(Characters.ZeroWidth) ? Rule.ZeroWidth : Rule.None;
            _rules |= onlyZeroWidth ? Rule.None : trimEnd ? Rule.TrailingSpace : Rule.LeadingSpace;
            return;
        }

        var first = _scratch.Length;
        var spaces = 0;
        foreach (var c in piece)
        {
            if (Characters.IsZeroWidth(c))
            {
                _rules |= Rule.ZeroWidth;
                continue;
            }

            if (Characters.IsNonBreakingSpace(c))
            {
                _rules |= Rule.NonBreakingSpace;
                _scratch.Append(' ');
            }
            else
            {
                _scratch.Append(c);
            }

            spaces++;
        }

        if (spaces >= 2 && _options.CollapseSpaces)
        {
            _scratch.Length = first;
            _scratch.Append(' ');
            _rules |= Rule.SpaceRun;
        }
    }

    /// <summary>Writes the line break at <paramref name="at"/> and returns the index after it.</summary>
    private int Break(int at)
    {
        var length = at + 1 < _text.Length && _text[at] == '\r' && _text[at + 1] == '\n' ? 2 : 1;
        if (_options.NormalizeLineBreaks)
        {
            _rules |= _text[at] == '\r' ? Rule.LineBreak : Rule.None;
            _scratch.Append('\n');
        }
        else
        {
            _scratch.Append(_text.AsSpan(at, length));
        }

        return at + length;
    }

    private int NextBreak(int from, int end)
    {
        var found = _text.AsSpan(from, end - from).IndexOfAny('\r', '\n');
        return found < 0 ? end : from + found;
    }

    private int CountBreaks(int start, int end)
    {
        var run = _text.AsSpan(start, end - start);
        var count = 0;
        for (var i = 0; i < run.Length; i++)
        {
            if (run[i] == '\n' || (run[i] == '\r' && (i + 1 == run.Length || run[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
