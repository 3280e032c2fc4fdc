using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.PdfConverter;

/// <summary>Options of the <c>pdf</c> converter.</summary>
/// <remarks>
/// Defaults: <see cref="RemoveHeadersFooters"/>, <see cref="JoinHyphenation"/>, <see cref="JoinLines"/> and
/// <see cref="Metadata"/> = <c>true</c>, <see cref="Overwrite"/> = <c>false</c>, <see cref="MaxBytes"/> = 50,000,000,
/// <see cref="MaxPages"/> = 500, <see cref="MaxLettersPerPage"/> = 100,000.
/// </remarks>
public sealed class PdfOptions
{
    /// <summary>Remove running headers, footers and page numbers. Default <c>true</c>.</summary>
    [Description("Remove running headers and footers (a line in a page's top or bottom margin that comes back on other pages, digits aside) and page numbers. Default true.")]
    public bool RemoveHeadersFooters { get; init; } = true;

    /// <summary>Join a word hyphenated at a line end when the next line starts lower-case. Default <c>true</c>.</summary>
    [Description("Join a word split by a hyphen at a line end (\"infor-\" + \"mation\") when the next line starts with a lower-case letter; a soft hyphen is always joined. Default true.")]
    public bool JoinHyphenation { get; init; } = true;

    /// <summary>Join the lines of a paragraph by a space and separate paragraphs by a blank line. Default <c>true</c>.</summary>
    [Description("Join the lines of a paragraph by a space (also where it goes on in the next column or page) and separate paragraphs by a blank line; when false, lines stay as read. Default true.")]
    public bool JoinLines { get; init; } = true;

    /// <summary>Read title, author, published, description and keywords from the document information. Default <c>true</c>.</summary>
    [Description("Set metadata from the PDF's document information: title, author, published (creation date, ISO 8601), description (Subject) and keywords. Default true.")]
    public bool Metadata { get; init; } = true;

    /// <summary>Replace metadata keys the caller or an earlier step already set. Default <c>false</c>.</summary>
    [Description("Replace metadata keys that the caller or an earlier step already set. Default false.")]
    public bool Overwrite { get; init; }

    /// <summary>The largest PDF accepted, in bytes. Default 50,000,000.</summary>
    [Description("The largest PDF accepted, in bytes; a larger one is refused before it is parsed. Default 50000000.")]
    [Range(1_000, 2_000_000_000)]
    public int MaxBytes { get; init; } = 50_000_000;

    /// <summary>The most pages a PDF may have. Default 500.</summary>
    [Description("The most pages a PDF may have; one with more is refused. Default 500.")]
    [Range(1, 100_000)]
    public int MaxPages { get; init; } = 500;

    /// <summary>The most characters one page may draw. Default 100,000.</summary>
    [Description("The most characters one page may draw; a page with more is refused as hostile (a dense printed page has about 5000). Default 100000.")]
    [Range(100, 10_000_000)]
    public int MaxLettersPerPage { get; init; } = 100_000;
}
