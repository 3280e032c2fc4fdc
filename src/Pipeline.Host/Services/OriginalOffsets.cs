using Pipeline.Core.Engine;
using Pipeline.Core.Text;

namespace Pipeline.Host.Services;

/// <summary>
/// Turns UTF-16 offsets of a result's original text into the API's code points: of the submitted text, or of
/// one page of a binary document's source pages.
/// </summary>
internal sealed class OriginalOffsets
{
    private readonly ChainResult _result;
    private CodePointIndex? _original;
    private CodePointIndex?[]? _pages;

    public OriginalOffsets(ChainResult result)
    {
        _result = result;
    }

    /// <summary>The range in code points, and the 1-based pages its ends count in (0 for a text document); -1 for an inserted range.</summary>
    public (int Start, int End, int Page, int EndPage) ToCodePoints((int Start, int End) range)
    {
        var (start, end) = range;
        if (start < 0)
        {
            return (-1, -1, 0, 0);
        }

        if (_result.SourcePages is not { } pages)
        {
            _original ??= new CodePointIndex(_result.OriginalText);
            return (_original.ToCodePoints(start), _original.ToCodePoints(end), 0, 0);
        }

        var page = pages.PageOf(start);
        var endPage = end > start ? pages.PageOf(end - 1) : page;
        return (InPage(pages, page, start), InPage(pages, endPage, end), page + 1, endPage + 1);
    }

    private int InPage(SourcePages pages, int page, int index)
    {
        _pages ??= new CodePointIndex?[pages.Pages.Count];
        var text = pages.Pages[page];
        var local = Math.Clamp(index - pages.StartOf(page), 0, text.Length);
        return (_pages[page] ??= new CodePointIndex(text)).ToCodePoints(local);
    }
}
