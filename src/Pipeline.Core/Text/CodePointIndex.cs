namespace Pipeline.Core.Text;

/// <summary>Turns UTF-16 indices of one string into code point indices, which is what the API counts.</summary>
public sealed class CodePointIndex
{
    // UTF-16 indices of the low surrogates that complete a pair; empty for the usual all-BMP text.
    private readonly int[] _pairEnds;

    public CodePointIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            _pairEnds = [];
            return;
        }

        var ends = new List<int>();
        for (var i = first + 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                ends.Add(i);
            }
        }

        _pairEnds = [.. ends];
    }

    /// <summary>The code point index of UTF-16 index <paramref name="utf16Index"/>; -1 stays -1.</summary>
    public int ToCodePoints(int utf16Index)
    {
        if (utf16Index <= 0 || _pairEnds.Length == 0)
        {
            return utf16Index;
        }

        var found = Array.BinarySearch(_pairEnds, utf16Index);
        var before = found >= 0 ? found : ~found;
        return utf16Index - before;
    }
}
