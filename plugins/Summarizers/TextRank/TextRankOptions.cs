using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Options of the <c>textrank</c> summarizer.</summary>
/// <remarks>
/// <para>
/// The defaults are what scored best on the BBC evaluation (<c>tests/Pipeline.Evaluation</c>, <c>summaries</c>):
/// the original overlap similarity over words without stop words; stemming, TF-IDF cosine, BM25, a position
/// prior and redundancy control each scored lower or no better there, and stay available for other text.
/// </para>
/// <para>
/// Defaults: <see cref="SummaryOptions.Sentences"/> = <c>3</c>, <see cref="SummaryOptions.Ratio"/> = <c>0</c> (unused),
/// <see cref="SummaryOptions.SkipHeadings"/> = <c>true</c>, <see cref="Similarity"/> = <c>overlap</c>, <see cref="Stemming"/> = <c>false</c>,
/// <see cref="StopWords"/> = <c>true</c>, <see cref="Damping"/> = <c>0.85</c>, <see cref="PositionWeight"/> = <c>0</c>,
/// <see cref="Diversity"/> = <c>0</c>, <see cref="Window"/> = <c>50</c>.
/// </para>
/// </remarks>
public sealed class TextRankOptions : SummaryOptions
{
    /// <summary>How two sentences' similarity, the weight of their edge, is measured. Default <c>overlap</c>.</summary>
    [Description("The similarity that weighs the edge between two sentences: overlap (the original TextRank), cosine (TF-IDF) or bm25. Default overlap.")]
    public SimilarityKind Similarity { get; init; } = SimilarityKind.Overlap;

    /// <summary>Compare words by their stems (Snowball English). Default <c>false</c>.</summary>
    [Description("Compare words by their stems (Snowball English), so that 'connect' matches 'connected'. Default false.")]
    public bool Stemming { get; init; }

    /// <summary>Leave English stop words out of the comparison. Default <c>true</c>.</summary>
    [Description("Leave English stop words out of the comparison. Default true.")]
    public bool StopWords { get; init; } = true;

    /// <summary>PageRank's damping factor: the chance of following an edge rather than jumping. Default <c>0.85</c>.</summary>
    [Description("PageRank's damping factor: the chance of following an edge rather than jumping to a sentence by the position prior. Default 0.85.")]
    [Range(0.0, 0.99)]
    public double Damping { get; init; } = 0.85;

    /// <summary>How strongly jumps favour early sentences: the jump to sentence i is weighted (i + 1)^-positionWeight; 0 is plain TextRank. Default <c>0</c>.</summary>
    [Description("How strongly PageRank's jumps favour early sentences: sentence i gets weight (i + 1)^-positionWeight; 0 is plain TextRank. Default 0.")]
    [Range(0.0, 5.0)]
    public double PositionWeight { get; init; }

    /// <summary>Redundancy control: how much a sentence's similarity to those already chosen counts against it (0 = none, 1 = as much as its score). Default <c>0</c>.</summary>
    [Description("Redundancy control (maximal marginal relevance): how much a sentence's similarity to those already chosen counts against it, from 0 (none) to 1. Default 0.")]
    [Range(0.0, 1.0)]
    public double Diversity { get; init; }

    /// <summary>Each sentence is compared with this many sentences on either side of it, which keeps long documents linear. Default <c>50</c>.</summary>
    [Description("Each sentence is compared with this many sentences on either side, keeping the graph linear in the document's length. Default 50.")]
    [Range(1, 1000)]
    public int Window { get; init; } = 50;
}
