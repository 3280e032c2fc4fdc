using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Company.Plugin1;

/// <summary>Options of the <c>word-count</c> extractor, from a chain step's <c>"options"</c> (camelCase names).</summary>
/// <remarks>
/// Defaults: <see cref="MinimumLength"/> = <c>1</c>, <see cref="MetadataKey"/> = <c>"word_count"</c>.
/// <c>[Description]</c>, <c>[Range]</c> and these defaults end up in the options' JSON schema, which the host
/// checks every chain against before it runs (ListPlugins shows it).
/// </remarks>
public sealed class WordCountOptions
{
    /// <summary>Words shorter than this many characters are not counted. Default <c>1</c>.</summary>
    [Description("Words shorter than this many characters are not counted. Default 1.")]
    [Range(1, 100)]
    public int MinimumLength { get; init; } = 1;

    /// <summary>The metadata key the count is written to. Default <c>"word_count"</c>.</summary>
    [Description("The metadata key the count is written to. Default \"word_count\".")]
    public string MetadataKey { get; init; } = "word_count";
}
