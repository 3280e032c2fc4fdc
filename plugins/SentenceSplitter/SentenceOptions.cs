using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.SentenceSplitter;

/// <summary>Options of the <c>sentences</c> extractor.</summary>
/// <remarks>Defaults: <see cref="Headings"/> = <c>true</c>, <see cref="MinWords"/> = <c>1</c>.</remarks>
public sealed class SentenceOptions
{
    /// <summary>
    /// Annotate lines without final punctuation (titles, datelines, bylines, list items) as sentences too,
    /// with the attribute <c>heading</c> = <c>true</c>. Default <c>true</c>.
    /// </summary>
    [Description("Annotate lines without final punctuation (titles, datelines, list items) as sentences too, marked with the attribute heading=true. Default true.")]
    public bool Headings { get; init; } = true;

    /// <summary>Leave out sentences of fewer words than this. Default <c>1</c>.</summary>
    [Description("Leave out sentences with fewer words than this. Default 1.")]
    [Range(1, 1000)]
    public int MinWords { get; init; } = 1;
}
