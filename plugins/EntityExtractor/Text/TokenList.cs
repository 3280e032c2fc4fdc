using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>A document's tokens, in storage of its own that disposing gives back (<see cref="NativeArray{T}"/>).</summary>
internal sealed class TokenList : IDisposable
{
    private readonly NativeArray<Token> _items;

    public TokenList(string text)
    {
        Text = text;

        // Prose has a token every four characters or so, punctuation included. Room for one every three is rarely
        // outgrown, and in a long document, whose storage is mapped of its own, pages never written are never resident.
        _items = new NativeArray<Token>(Math.Max(64, text.Length / 3));
    }

    public string Text { get; }

    public int Count { get; private set; }

    public ref Token this[int index] => ref _items[index];

    /// <summary>
    /// The storage, for the tokenizer to fill without a call per token; it appends at <see cref="Count"/> and
    /// calls <see cref="Grow"/> when the storage is full.
    /// </summary>
    internal Span<Token> Storage => _items.AsSpan();

    /// <summary>Makes room for twice as many tokens and returns the new storage.</summary>
    internal Span<Token> Grow() => _items.Resize(_items.Length * 2);

    /// <summary>Sets how many tokens the tokenizer wrote into <see cref="Storage"/>.</summary>
    internal void SetCount(int count) => Count = count;

    /// <summary>The index of the first token that ends after <paramref name="offset"/>, or <see cref="Count"/>.</summary>
    public int IndexAt(int offset) => Search(offset, 0);

    /// <summary>
    /// <see cref="IndexAt(int)"/>, for callers that walk the text forwards: the answer is looked for from
    /// <paramref name="from"/> (an earlier answer) on, a few tokens at a time, then in strides that double, then by
    /// halving the last stride: annotations in text order cost a few probes near the last answer each, where a binary
    /// search of the whole rest cost some twenty probes across a long document's tokens, each a cache miss.
    /// </summary>
    public int IndexAt(int offset, int from)
    {
        if (from <= 0 || from > Count || _items[from - 1].End > offset)
        {
            return Search(offset, 0);
        }

        var limit = Math.Min(Count, from + 8);
        for (var index = from; index < limit; index++)
        {
            if (_items[index].End > offset)
            {
                return index;
            }
        }

        var low = limit;
        for (var stride = 8; ; stride *= 2)
        {
            var probe = low + stride;
            if (probe >= Count)
            {
                return Search(offset, low, Count);
            }

            if (_items[probe].End > offset)
            {
                return Search(offset, low, probe);
            }

            low = probe + 1;
        }
    }

    private int Search(int offset, int low) => Search(offset, low, Count);

    // The first token in [low, high) that ends after offset, or high.
    private int Search(int offset, int low, int high)
    {
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_items[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Whether token <paramref name="index"/> is the word <paramref name="word"/>, compared exactly.</summary>
    public bool Is(int index, string word) =>
        index >= 0 && index < Count && _items[index].Kind == TokenKind.Word && _items[index].Span(Text).SequenceEqual(word);

    /// <summary>Whether token <paramref name="index"/> is the punctuation mark <paramref name="c"/>.</summary>
    public bool IsPunct(int index, char c) => index >= 0 && index < Count && _items[index].IsPunct(c);

    /// <summary>Whether only one plain space (or one other blank, no line break) separates tokens <paramref name="left"/> and <paramref name="left"/> + 1.</summary>
    public bool Adjacent(int left)
    {
        var gapStart = _items[left].End;
        var gapEnd = _items[left + 1].Start;
        return gapEnd - gapStart == 1 && Text[gapStart] is not ('\n' or '\r');
    }

    public void Dispose()
    {
        _items.Dispose();
        Count = 0;
    }
}
