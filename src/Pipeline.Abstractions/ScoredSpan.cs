namespace Pipeline.Abstractions;

/// <summary>A half-open span of UTF-16 indices into a document's text, with a score.</summary>
public readonly struct ScoredSpan : IEquatable<ScoredSpan>
{
    /// <summary>Creates a span.</summary>
    public ScoredSpan(int start, int end, double score = 0)
    {
        Start = start;
        End = end;
        Score = score;
    }

    /// <summary>UTF-16 index of the first character.</summary>
    public int Start { get; }

    /// <summary>UTF-16 index just past the last character.</summary>
    public int End { get; }

    /// <summary>The span's score; 0 when none.</summary>
    public double Score { get; }

    /// <inheritdoc />
    public bool Equals(ScoredSpan other) => Start == other.Start && End == other.End && Score.Equals(other.Score);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScoredSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Score);

    /// <summary>Compares two spans by value.</summary>
    public static bool operator ==(ScoredSpan left, ScoredSpan right) => left.Equals(right);

    /// <summary>Compares two spans by value.</summary>
    public static bool operator !=(ScoredSpan left, ScoredSpan right) => !left.Equals(right);
}
