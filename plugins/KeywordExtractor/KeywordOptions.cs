using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>Options of the <c>keywords</c> extractor, with the values Mihalcea and Tarau (2004) used as defaults.</summary>
/// <remarks>
/// Defaults: <see cref="Window"/> = <c>2</c>, <see cref="Damping"/> = <c>0.85</c>, <see cref="Ratio"/> = <c>1/3</c>,
/// <see cref="MaxKeywords"/> = <c>0</c> (no cap: the ratio decides), <see cref="Stem"/> = <c>true</c>,
/// <see cref="Complete"/> = <c>true</c>.
/// </remarks>
public sealed class KeywordOptions
{
    /// <summary>Co-occurrence window N, in words of the text: two candidates at most N - 1 words apart are linked, punctuation counting as a word. Default <c>2</c>.</summary>
    [Description("Co-occurrence window N in words of the text: candidates at most N-1 words apart are linked, a punctuation mark or paragraph break counting as one word. Default 2 (adjacent words).")]
    [Range(2, 10)]
    public int Window { get; init; } = 2;

    /// <summary>The PageRank damping factor d. Default <c>0.85</c>.</summary>
    [Description("PageRank damping factor d. Default 0.85.")]
    [Range(0.0, 0.99)]
    public double Damping { get; init; } = 0.85;

    /// <summary>The share of the graph's words kept as keywords (the paper's T = vertices / 3). Default <c>1/3</c>.</summary>
    [Description("Share of the graph's words kept as keywords, rounded up (the paper keeps a third). Default 0.3333.")]
    [Range(0.01, 1.0)]
    public double Ratio { get; init; } = 1.0 / 3;

    /// <summary>When above 0, the number of words kept instead of <see cref="Ratio"/> (fewer when the graph is smaller). Default <c>0</c>.</summary>
    [Description("When above 0, keep this many top-ranked words instead of applying the ratio. Default 0 (use the ratio).")]
    [Range(0, 100000)]
    public int MaxKeywords { get; init; }

    /// <summary>Merge word forms with the Snowball English stemmer (<c>system</c>, <c>systems</c>). Default <c>true</c>.</summary>
    [Description("Merge word forms (system, systems) with the Snowball English stemmer before building the graph. Default true.")]
    public bool Stem { get; init; } = true;

    /// <summary>
    /// Complete each kept word to the whole run of nouns and adjectives it stands in, so that a phrase is not cut where
    /// one of its words ranked just below the top T; <c>false</c> collapses only the kept words, as the paper does. Default <c>true</c>.
    /// </summary>
    [Description("Complete each kept word to the whole run of nouns and adjectives it stands in ('upper bounds' rather than 'upper' when only 'upper' ranks in the top T); false collapses only the kept words, as the paper does. Default true.")]
    public bool Complete { get; init; } = true;
}
