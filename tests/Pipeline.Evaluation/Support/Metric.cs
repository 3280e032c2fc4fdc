using System.Globalization;

namespace Pipeline.Evaluation.Support;

/// <summary>One measured figure and the target it is held to.</summary>
public sealed class Metric
{
    public required string Area { get; init; }

    public required string Name { get; init; }

    public required double Value { get; init; }

    /// <summary>The least acceptable value (or the most, when <see cref="AtMost"/>); null for a figure reported without a target.</summary>
    public double? Target { get; init; }

    public bool AtMost { get; init; }

    /// <summary>How the value is shown: "0.000" for scores, "0" for counts.</summary>
    public string Format { get; init; } = "0.000";

    public bool Met => Target is not { } target || (AtMost ? Value <= target : Value >= target);

    public string ValueText => Value.ToString(Format, CultureInfo.InvariantCulture);

    public string TargetText => Target is { } t ? (AtMost ? "≤ " : "≥ ") + t.ToString(Format, CultureInfo.InvariantCulture) : "";
}
