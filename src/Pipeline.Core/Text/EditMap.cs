namespace Pipeline.Core.Text;

/// <summary>
/// Maps ranges of the current text back to the submitted text, however many edits came between. The
/// current text is covered by segments: copied ones map one to one, replaced ones map as a whole to the
/// original range they replaced (an empty one when the text was inserted). Immutable.
/// </summary>
public sealed class EditMap
{
    private readonly int[] _currentStarts;
    private readonly int[] _currentEnds;
    private readonly int[] _originalStarts;
    private readonly int[] _originalEnds;
    private readonly bool[] _copied;

    private EditMap(List<Segment> segments)
    {
        _currentStarts = new int[segments.Count];
        _currentEnds = new int[segments.Count];
        _originalStarts = new int[segments.Count];
        _originalEnds = new int[segments.Count];
        _copied = new bool[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            (_currentStarts[i], _currentEnds[i], _originalStarts[i], _originalEnds[i], _copied[i]) = segments[i];
        }
    }

    /// <summary>The map of a text no step has edited.</summary>
    public static EditMap Identity(int length) =>
        new(length == 0 ? [] : [new Segment(0, length, 0, length, true)]);

    /// <summary>Where a range of the current text lies in the submitted text; (-1, -1) when it lies wholly in inserted text.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        var s = Find(start);
        if (s >= 0 && !_copied[s] && end <= _currentEnds[s])
        {
            return _originalStarts[s] == _originalEnds[s] ? (-1, -1) : (_originalStarts[s], _originalEnds[s]);
        }

        var originalStart = OriginalOfStart(start);
        var originalEnd = start == end ? originalStart : OriginalOfEnd(end);
        return (originalStart, Math.Max(originalStart, originalEnd));
    }

    /// <summary>The map after applying <paramref name="edits"/> (sorted, non-overlapping, in current coordinates).</summary>
    public EditMap Apply(IReadOnlyList<TextEdit> edits)
    {
        if (edits.Count == 0)
        {
            return this;
        }

        var result = new List<Segment>(_currentStarts.Length + (2 * edits.Count));
        var delta = 0;
        var position = 0;
        var segment = 0;
        foreach (var edit in edits)
        {
            CopyRange(result, position, edit.Start, delta, ref segment);
            var originalStart = OriginalOfStart(edit.Start);
            var originalEnd = edit.Start == edit.End ? originalStart : Math.Max(originalStart, OriginalOfEnd(edit.End));
            var newStart = edit.Start + delta;
            if (edit.Inserted.Length > 0)
            {
                result.Add(new Segment(newStart, newStart + edit.Inserted.Length, originalStart, originalEnd, false));
            }

            delta += edit.Inserted.Length - (edit.End - edit.Start);
            position = edit.End;
        }

        CopyRange(result, position, _currentStarts.Length == 0 ? 0 : _currentEnds[^1], delta, ref segment);
        return new EditMap(result);
    }

    /// <summary>Copies the parts of the segments inside [from, to) into <paramref name="result"/>, shifted by <paramref name="delta"/>.</summary>
    private void CopyRange(List<Segment> result, int from, int to, int delta, ref int segment)
    {
        while (segment < _currentStarts.Length && _currentEnds[segment] <= from)
        {
            segment++;
        }

        for (var i = segment; i < _currentStarts.Length && _currentStarts[i] < to; i++)
        {
            var start = Math.Max(from, _currentStarts[i]);
            var end = Math.Min(to, _currentEnds[i]);
            if (end <= start)
            {
                continue;
            }

            if (_copied[i])
            {
                var offset = _originalStarts[i] - _currentStarts[i];
                result.Add(new Segment(start + delta, end + delta, start + offset, end + offset, true));
            }
            else
            {
                // A piece of replaced text still stands for the whole range it replaced.
                result.Add(new Segment(start + delta, end + delta, _originalStarts[i], _originalEnds[i], false));
            }
        }
    }

    private int OriginalOfStart(int position)
    {
        var i = Find(position);
        if (i < 0)
        {
            return OriginalAfterLast(position);
        }

        return _copied[i] ? _originalStarts[i] + (position - _currentStarts[i]) : _originalStarts[i];
    }

    private int OriginalOfEnd(int position)
    {
        var i = Find(position - 1);
        if (i < 0)
        {
            return OriginalAfterLast(position);
        }

        return _copied[i] ? _originalStarts[i] + (position - _currentStarts[i]) : _originalEnds[i];
    }

    private int OriginalAfterLast(int position) =>
        _currentStarts.Length == 0 ? 0 : _originalEnds[^1] + Math.Max(0, position - _currentEnds[^1]);

    /// <summary>The segment holding the character at <paramref name="position"/>, or -1.</summary>
    private int Find(int position)
    {
        int lo = 0, hi = _currentStarts.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_currentEnds[mid] <= position)
            {
                lo = mid + 1;
            }
            else if (_currentStarts[mid] > position)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private readonly record struct Segment(int CurrentStart, int CurrentEnd, int OriginalStart, int OriginalEnd, bool Copied);
}
