using Pipeline.Core.Engine;
using Pipeline.Core.Text;

namespace Pipeline.Host.Services;

/// <summary>Where a result's spans lie in the API's terms: code points of the processed text and of the submitted one (or its page).</summary>
internal sealed class ResultOffsets(ChainResult result)
{
    private readonly CodePointIndex _current = new(result.Text);
    private readonly OriginalOffsets _original = new(result);

    public int InText(int utf16Index) => _current.ToCodePoints(utf16Index);

    public Placement Place(int start, int end)
    {
        var (originalStart, originalEnd, page, endPage) = _original.ToCodePoints(result.Map.ToOriginal(start, end));
        return new Placement(_current.ToCodePoints(start), _current.ToCodePoints(end), originalStart, originalEnd, page, endPage);
    }

    /// <summary>An edit's range in the submitted text, in code points, and the pages its ends count in.</summary>
    public (int Start, int End, int Page, int EndPage) InOriginal(int start, int end) => _original.ToCodePoints((start, end));
}

/// <summary>
/// A span in code points: in the processed text, and in the submitted text (-1 for inserted text) or, for a
/// binary document, in its 1-based <see cref="Page"/> and <see cref="EndPage"/> (0 for a text document).
/// </summary>
internal readonly record struct Placement(int Start, int End, int OriginalStart, int OriginalEnd, int Page, int EndPage);
