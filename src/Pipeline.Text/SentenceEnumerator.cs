using System.Text;
using Pipeline.Text.Sentences;

namespace Pipeline.Text;

/// <summary>Enumerates the sentences of a text; see <see cref="SentenceSegmenter"/> for the rules.</summary>
public ref struct SentenceEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal SentenceEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The current sentence, trimmed of white space.</summary>
    public TextSpan Current { get; private set; }

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly SentenceEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next sentence; false at the end of the text.</summary>
    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            var start = _position;
            var end = SentenceScanner.NextEnd(_text, start, out _position);
            while (start < end && Characters.IsAnySpace(_text[start]))
            {
                start++;
            }

            while (end > start && Characters.IsAnySpace(_text[end - 1]))
            {
                end--;
            }

            if (HasWord(_text[start..end]))
            {
                Current = new TextSpan(start, end);
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(ReadOnlySpan<char> span)
    {
        foreach (var rune in span.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }
}
