namespace Pipeline.Core.Engine;

/// <summary>
/// The pages a converter read from a binary document (<see cref="Pipeline.Abstractions.IStepContext.SetSourceText"/>),
/// joined into the one text that original offsets are traced to. Immutable.
/// </summary>
public sealed class SourcePages
{
    /// <summary>What stands between two pages in <see cref="Text"/>.</summary>
    public const string Separator = "\n\n";

    private readonly int[] _starts;

    internal SourcePages(IReadOnlyList<string> pages)
    {
        Pages = [.. pages];
        _starts = new int[Pages.Count];
        var start = 0;
        for (var i = 0; i < Pages.Count; i++)
        {
            _starts[i] = start;
            start += Pages[i].Length + Separator.Length;
        }

        Text = string.Join(Separator, Pages);
    }

    /// <summary>Each page's text, in page order.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>The pages joined by <see cref="Separator"/>.</summary>
    public string Text { get; }

    /// <summary>UTF-16 index of a page's first character in <see cref="Text"/>.</summary>
    public int StartOf(int page) => _starts[page];

    /// <summary>
    /// The 0-based page a UTF-16 index of <see cref="Text"/> lies on. An index inside a separator belongs to the
    /// page before it: a span ending there ends at that page's end.
    /// </summary>
    public int PageOf(int index)
    {
        var found = Array.BinarySearch(_starts, index);
        return found >= 0 ? found : Math.Max(0, ~found - 1);
    }
}
