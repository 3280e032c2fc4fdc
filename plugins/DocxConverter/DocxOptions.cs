using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.DocxConverter;

/// <summary>Options of the <c>docx</c> converter.</summary>
/// <remarks>
/// Defaults: <see cref="Metadata"/> = <c>true</c>, <see cref="Overwrite"/> = <c>false</c>, <see cref="Headings"/> = <c>true</c>,
/// <see cref="MaxBytes"/> = 50,000,000, <see cref="MaxEntries"/> = 1,000, <see cref="MaxEntryBytes"/> = 64,000,000,
/// <see cref="MaxUncompressedBytes"/> = 256,000,000, <see cref="MaxCompressionRatio"/> = 100, <see cref="MaxDepth"/> = 256.
/// </remarks>
public sealed class DocxOptions
{
    /// <summary>Read title, author and published from the file's core properties. Default <c>true</c>.</summary>
    [Description("Set metadata from the file's core properties: title, author (creator) and published (created, ISO 8601). Default true.")]
    public bool Metadata { get; init; } = true;

    /// <summary>Replace metadata keys the caller or an earlier step already set. Default <c>false</c>.</summary>
    [Description("Replace metadata keys that the caller or an earlier step already set. Default false.")]
    public bool Overwrite { get; init; }

    /// <summary>Annotate headings as <c>heading</c> annotations with a <c>level</c> attribute. Default <c>true</c>.</summary>
    [Description("Annotate each heading (a Heading 1-9 or Title style, or a paragraph with an outline level) as a 'heading' annotation with a 'level' attribute (1-9). Default true.")]
    public bool Headings { get; init; } = true;

    /// <summary>The largest file accepted, in bytes. Default 50,000,000.</summary>
    [Description("The largest .docx file accepted, in bytes; a larger one is refused. Default 50000000.")]
    [Range(1_000, 1_000_000_000)]
    public int MaxBytes { get; init; } = 50_000_000;

    /// <summary>The most entries the zip package may have. Default 1,000.</summary>
    [Description("The most entries (parts, images, ...) the zip package may have; more are refused as hostile. Default 1000.")]
    [Range(10, 100_000)]
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>The largest uncompressed size one entry may declare, in bytes. Default 64,000,000.</summary>
    [Description("The largest uncompressed size one zip entry may declare, in bytes; also the most characters read from one XML part. Default 64000000.")]
    [Range(1_000, 1_000_000_000)]
    public int MaxEntryBytes { get; init; } = 64_000_000;

    /// <summary>The largest uncompressed size all entries together may declare, in bytes. Default 256,000,000.</summary>
    [Description("The largest uncompressed size all zip entries together may declare, in bytes; a larger total is refused as a zip bomb. Default 256000000.")]
    [Range(1_000, 2_000_000_000)]
    public int MaxUncompressedBytes { get; init; } = 256_000_000;

    /// <summary>The highest ratio of declared to compressed size accepted for an entry over 1,000,000 bytes. Default 100.</summary>
    [Description("The highest ratio of uncompressed to compressed size accepted for a zip entry that declares more than 1000000 bytes; a higher one is refused as a zip bomb. Default 100.")]
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>The deepest element nesting accepted in an XML part that is read. Default 256.</summary>
    [Description("The deepest nesting of XML elements accepted in the parts read (document, styles, numbering); a deeper part is refused as malformed or hostile. Default 256.")]
    [Range(16, 2_000)]
    public int MaxDepth { get; init; } = 256;
}
