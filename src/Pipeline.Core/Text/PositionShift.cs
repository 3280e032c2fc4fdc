namespace Pipeline.Core.Text;

/// <summary>Moves positions of a text through one step's sorted, non-overlapping edits.</summary>
internal sealed class PositionShift
{
    private readonly IReadOnlyList<TextEdit> _edits;
    private readonly int[] _newStarts;

    public PositionShift(IReadOnlyList<TextEdit> edits)
    {
        _edits = edits;
        _newStarts = new int[edits.Count];
        var delta = 0;
        for (var i = 0; i < edits.Count; i++)
        {
            _newStarts[i] = edits[i].Start + delta;
            delta += edits[i].Inserted.Length - (edits[i].End - edits[i].Start);
        }
    }

    /// <summary>Where a span's start moves: inside a replaced range it moves to the replacement's start; text inserted at it goes before it.</summary>
    public int MapStart(int position)
    {
        var i = LastEditStartingAtOrBefore(position);
        if (i < 0)
        {
            return position;
        }

        var edit = _edits[i];
        if (position < edit.End)
        {
            return _newStarts[i];
        }

        return _newStarts[i] + edit.Inserted.Length + (position - edit.End);
    }

    /// <summary>Where a span's end moves: inside a replaced range it moves to the replacement's end; text inserted at it goes after it.</summary>
    public int MapEnd(int position)
    {
        var i = LastEditStartingBefore(position);
        if (i < 0)
        {
            return position;
        }

        var edit = _edits[i];
        if (position <= edit.End)
        {
            return _newStarts[i] + edit.Inserted.Length;
        }

        return _newStarts[i] + edit.Inserted.Length + (position - edit.End);
    }

    private int LastEditStartingAtOrBefore(int position)
    {
        int lo = 0, hi = _edits.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_edits[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private int LastEditStartingBefore(int position)
    {
        int lo = 0, hi = _edits.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_edits[mid].Start < position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
