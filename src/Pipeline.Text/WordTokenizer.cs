namespace Pipeline.Text;

/// <summary>
/// Splits text into words: runs of letters, digits and combining marks. An apostrophe between letters stays
/// in its word (<c>don't</c>, <c>Iran’s</c>), as do a period or comma between digits (<c>1.13</c>,
/// <c>464,000</c>); hyphens, slashes and all other punctuation separate words (<c>high-speed</c> is two).
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order, for <c>foreach</c>; nothing is allocated.</summary>
    public static WordEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);
}
