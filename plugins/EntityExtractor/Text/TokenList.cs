using System.Buffers;

namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>A document's tokens in a pooled array, so that a document allocates no token storage of its own.</summary>
internal sealed class TokenList : IDisposable
{
    private Token[] _items;

    public TokenList(string text)
    {
        Text = text;

        // Prose has a token every four or five characters; renting once avoids regrowing through every pool bucket.
        _items = ArrayPool<Token>.Shared.Rent(Math.Clamp(text.Length / 4, 64, 1 << 20));
    }

    public string Text { get; }

    public int Count { get; private set; }

    public ref Token this[int index] => ref _items[index];

    /// <summary>Appends a cleared token and returns it to be filled in place.</summary>
    public ref Token Add()
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<Token>.Shared.Return(_items);
            _items = larger;
        }

        ref var token = ref _items[Count++];
        token = default;
        return ref token;
    }

    /// <summary>The index of the first token that ends after <paramref name="offset"/>, or <see cref="Count"/>.</summary>
    public int IndexAt(int offset)
    {
        int low = 0, high = Count;
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
        ArrayPool<Token>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }
}
