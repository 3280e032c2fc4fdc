using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.EntityExtractor;

/// <summary>Options of the <c>entities</c> extractor.</summary>
/// <remarks>
/// Defaults: <see cref="Types"/> = <c>["person", "organization", "location"]</c>, <see cref="MinScore"/> = <c>0.5</c>,
/// <see cref="AuthorKey"/> = <c>"author"</c>.
/// </remarks>
public sealed class EntityOptions
{
    /// <summary>The annotation types to emit: any of <c>person</c>, <c>organization</c>, <c>location</c>. Default all three.</summary>
    [Description("Annotation types to emit: any of \"person\", \"organization\", \"location\". Default all three.")]
    public IReadOnlyList<string> Types { get; init; } = ["person", "organization", "location"];

    /// <summary>
    /// Entities with less evidence than this are left out. Scores: 0.95 a title before the name, 0.85 a known
    /// given name, 0.8 a full name elsewhere in the text or a speech verb, 0.5 a guess from a verb or a
    /// preposition nearby. Default <c>0.5</c>.
    /// </summary>
    [Description("Leave out entities scored below this (0.95 title, 0.85 given name, 0.8 full name elsewhere or speech verb, 0.5 a guess from neighbouring words). Default 0.5.")]
    [Range(0.0, 1.0)]
    public double MinScore { get; init; } = 0.5;

    /// <summary>
    /// The metadata key whose value (set by the caller or an earlier step) is a person's name that the text
    /// may shorten, e.g. a byline's author; empty to ignore metadata. Default <c>"author"</c>.
    /// </summary>
    [Description("Metadata key holding a person's name (e.g. the byline's author) that the text may shorten; empty to ignore. Default \"author\".")]
    public string AuthorKey { get; init; } = "author";
}
