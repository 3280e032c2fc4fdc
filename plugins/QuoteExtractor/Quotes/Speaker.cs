using Pipeline.Plugins.EntityExtractor.Recognition;

namespace Pipeline.Plugins.QuoteExtractor.Quotes;

/// <summary>Where a quotation's attribution stands.</summary>
internal enum Side : byte
{
    /// <summary>Elsewhere, or carried over from another quotation.</summary>
    Elsewhere,

    /// <summary>In the clause after it: “…,” Kelmont said.</summary>
    After,

    /// <summary>In the clause before it: Oduya said, “…”.</summary>
    Before,
}

/// <summary>Who a quotation is attributed to, by which pattern, and where the attribution stands.</summary>
internal sealed record Speaker(string Name, EntityKind Kind, Gender Gender, string Pattern, double Score)
{
    public Side Side { get; init; }

    public Speaker As(string pattern, double score) => this with { Pattern = pattern, Score = score, Side = Side.Elsewhere };

    public Speaker On(Side side) => this with { Side = side };
}
