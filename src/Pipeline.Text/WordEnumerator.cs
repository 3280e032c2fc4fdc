using System.Globalization;
using System.Text;

namespace Pipeline.Text;

/// <summary>Enumerates the words of a text; see <see cref="WordTokenizer"/> for the rules.</summary>
public ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal WordEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The current word.</summary>
    public TextSpan Current { get; private set; }

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly WordEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next word; false at the end of the text.</summary>
    public bool MoveNext()
    {
        var index = _position;
        while (index < _text.Length && !StartsWord(_text, index, out _))
        {
            index++;
        }

        if (index == _text.Length)
        {
            _position = index;
            return false;
        }

        var start = index;
        while (index < _text.Length)
        {
            if (IsWordPart(_text, index, out var width))
            {
                index += width;
            }
            else if (IsJoiner(_text, index))
            {
                index++;
            }
            else
            {
                break;
            }
        }

        _position = index;
        Current = new TextSpan(start, index);
        return true;
    }

    private static bool StartsWord(ReadOnlySpan<char> text, int index, out int width) =>
        Decode(text, index, out var rune, out width) && Rune.IsLetterOrDigit(rune);

    private static bool IsWordPart(ReadOnlySpan<char> text, int index, out int width)
    {
        if (!Decode(text, index, out var rune, out width))
        {
            return false;
        }

        return Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>An apostrophe between letters, or a period or comma between digits.</summary>
    private static bool IsJoiner(ReadOnlySpan<char> text, int index)
    {
        if (index == 0 || index + 1 >= text.Length)
        {
            return false;
        }

        var before = text[index - 1];
        var after = text[index + 1];
        return text[index] switch
        {
            '\'' or '\u2019' => char.IsLetter(before) && char.IsLetter(after),
            '.' or ',' => char.IsAsciiDigit(before) && char.IsAsciiDigit(after),
            _ => false,
        };
    }

    private static bool Decode(ReadOnlySpan<char> text, int index, out Rune rune, out int width)
    {
        var ok = Rune.DecodeFromUtf16(text[index..], out rune, out width) == System.Buffers.OperationStatus.Done;
        width = Math.Max(width, 1);
        return ok;
    }
}
