using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.QuoteExtractor;

/// <summary>Options of the <c>quotes</c> extractor.</summary>
/// <remarks>
/// Defaults: <see cref="MinUnattributedWords"/> = <c>4</c>, <see cref="ResolvePronouns"/> = <c>true</c>,
/// <see cref="UseEntityAnnotations"/> = <c>true</c>.
/// </remarks>
public sealed class QuoteOptions
{
    /// <summary>
    /// A quotation no attribution names a source for, and that does not continue an earlier speaker's words,
    /// is kept only with at least this many words: shorter ones are scare quotes ("floating") or titles. Default <c>4</c>.
    /// </summary>
    [Description("Keep an unattributed quotation that continues no earlier speaker only with at least this many words; shorter ones are scare quotes. Default 4.")]
    [Range(1, 100)]
    public int MinUnattributedWords { get; init; } = 4;

    /// <summary>Resolve "he said" / "she said" to the last person of that gender, or the last speaker. Default <c>true</c>.</summary>
    [Description("Resolve \"he said\" / \"she said\" to the last named person of that gender, or the last speaker. Default true.")]
    public bool ResolvePronouns { get; init; } = true;

    /// <summary>
    /// Take people and organisations from an earlier step's <c>person</c>/<c>organization</c> annotations (their
    /// <c>canonical</c> attribute) when there are any; otherwise, or when false, find them with the built-in rules. Default <c>true</c>.
    /// </summary>
    [Description("Use earlier person/organization annotations (and their canonical attribute) as speakers when present; otherwise find names with the built-in rules. Default true.")]
    public bool UseEntityAnnotations { get; init; } = true;
}
