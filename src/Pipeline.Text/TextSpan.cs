namespace Pipeline.Text;

/// <summary>A half-open span [<see cref="Start"/>, <see cref="End"/>) of UTF-16 indices into a text.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span; <paramref name="end"/> must not be less than <paramref name="start"/>.</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>UTF-16 index of the first character.</summary>
    public int Start { get; }

    /// <summary>UTF-16 index just past the last character.</summary>
    public int End { get; }

    /// <summary>The number of UTF-16 units in the span.</summary>
    public int Length => End - Start;

    /// <summary>Compares two spans by value.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Compares two spans by value.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>The characters of <paramref name="text"/> that the span covers.</summary>
    public ReadOnlySpan<char> Of(ReadOnlySpan<char> text) => text[Start..End];

    /// <inheritdoc />
    public bool Equals(TextSpan other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
