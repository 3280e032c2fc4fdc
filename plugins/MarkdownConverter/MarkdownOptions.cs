using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.MarkdownConverter;

/// <summary>Options of the <c>markdown</c> converter.</summary>
/// <remarks>
/// Defaults: <see cref="ListMarkers"/> = <c>true</c>, <see cref="ImageAltText"/> = <c>false</c>, <see cref="Links"/> = <c>true</c>,
/// <see cref="Metadata"/> = <c>true</c>, <see cref="Overwrite"/> = <c>false</c>, <see cref="MaxDepth"/> = 32, <see cref="MaxLength"/> = 500,000.
/// </remarks>
public sealed class MarkdownOptions
{
    /// <summary>Keep each list item's marker as written (<c>-</c>, <c>*</c>, <c>1.</c>) before its text. Default <c>true</c>.</summary>
    [Description("Keep each list item's marker as written (-, *, +, 1., 2)) at the start of its line; when false, items are plain lines. Default true.")]
    public bool ListMarkers { get; init; } = true;

    /// <summary>Keep an image's alt text where the image stands. Default <c>false</c>.</summary>
    [Description("Keep an image's alt text where the image stands; when false, images leave no text. Default false.")]
    public bool ImageAltText { get; init; }

    /// <summary>Annotate each link's text as a <c>url</c> whose <c>value</c> attribute is the link's target. Default <c>true</c>.</summary>
    [Description("Annotate the text of each link and autolink as a url, with the link's target in the value attribute. Default true.")]
    public bool Links { get; init; } = true;

    /// <summary>Set title, author and published from the YAML front matter. Default <c>true</c>.</summary>
    [Description("Set title, author and published (from date) from the YAML front matter; the front matter is removed from the text either way. Default true.")]
    public bool Metadata { get; init; } = true;

    /// <summary>Replace metadata keys the caller or an earlier step already set. Default <c>false</c>.</summary>
    [Description("Replace metadata keys that the caller or an earlier step already set. Default false.")]
    public bool Overwrite { get; init; }

    /// <summary>The deepest nesting of block quotes, lists, emphasis and links accepted. Default 32.</summary>
    [Description("The deepest nesting of block quotes, lists, emphasis and links accepted; a deeper document is refused as hostile. Default 32.")]
    [Range(2, 100)]
    public int MaxDepth { get; init; } = 32;

    /// <summary>The longest source accepted, in UTF-16 code units. Default 500,000.</summary>
    /// <remarks>
    /// The parser's work on emphasis grows with the square of the marks in one paragraph: half a megabyte of nothing
    /// but emphasis takes it seconds, where an article of that length takes it tens of milliseconds.
    /// </remarks>
    [Description("The longest Markdown source accepted, in characters; a longer one is refused. Default 500000.")]
    [Range(1_000, 100_000_000)]
    public int MaxLength { get; init; } = 500_000;
}
