using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.Summarizers;

/// <summary>How long a summary is, for every summarizer here.</summary>
/// <remarks>Defaults: <see cref="Sentences"/> = <c>3</c>, <see cref="Ratio"/> = <c>0</c> (unused), <see cref="SkipHeadings"/> = <c>true</c>.</remarks>
public abstract class SummaryOptions
{
    /// <summary>How many sentences the summary takes. Default <c>3</c>.</summary>
    [Description("How many sentences the summary takes. Default 3.")]
    [Range(1, 100000)]
    public int Sentences { get; init; } = 3;

    /// <summary>The fraction of the document's sentences the summary takes, overriding <see cref="Sentences"/> when above 0. Default <c>0</c> (unused).</summary>
    [Description("The fraction of the document's sentences the summary takes (rounded, at least one); overrides sentences when above 0. Default 0 (unused).")]
    [Range(0.0, 1.0)]
    public double Ratio { get; init; }

    /// <summary>Pass over lines without final punctuation (titles, datelines, bylines). Default <c>true</c>.</summary>
    [Description("Pass over lines without final punctuation (titles, datelines, bylines) unless the document has nothing else. Default true.")]
    public bool SkipHeadings { get; init; } = true;
}
