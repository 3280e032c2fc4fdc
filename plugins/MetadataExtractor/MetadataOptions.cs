using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.MetadataExtractor;

/// <summary>Options of the <c>metadata</c> extractor.</summary>
/// <remarks>
/// Defaults: <see cref="DetectLanguage"/> = <c>true</c>, <see cref="Languages"/> = every supported one
/// (<c>en, fr, de, es, it, pt, nl</c>), <see cref="MinConfidence"/> = 0.3, <see cref="MinStopWords"/> = 3,
/// <see cref="MinStopWordShare"/> = 0.2, <see cref="MaxWords"/> = 5000, <see cref="TitleFromFirstLine"/> = <c>true</c>,
/// <see cref="MaxTitleLength"/> = 200, <see cref="Overwrite"/> = <c>false</c>.
/// </remarks>
public sealed class MetadataOptions
{
    /// <summary>Set <c>language</c> (ISO 639-1) from the stop words the text uses. Default <c>true</c>.</summary>
    [Description("Set language (ISO 639-1 code) from the stop words the text uses. Default true.")]
    public bool DetectLanguage { get; init; } = true;

    /// <summary>The languages to choose from, as ISO 639-1 codes. Default all supported: <c>en, fr, de, es, it, pt, nl</c>.</summary>
    [Description("The languages to choose from, as ISO 639-1 codes; supported: en, fr, de, es, it, pt, nl. Default all of them.")]
    public IReadOnlyList<string> Languages { get; init; } = StopWords.Codes;

    /// <summary>How clearly the best language must beat the next one: 1 − (the runner-up's stop-word hits ÷ the best one's). Default 0.3.</summary>
    [Description("How clearly the best language must beat the runner-up, as 1 - runnerUpHits / bestHits (0 to 1). Default 0.3.")]
    [Range(0.0, 1.0)]
    public double MinConfidence { get; init; } = 0.3;

    /// <summary>The fewest stop words of the best language the text must have. Default 3.</summary>
    [Description("The fewest stop-word hits of the best language before any language is set. Default 3.")]
    [Range(1, 1_000_000)]
    public int MinStopWords { get; init; } = 3;

    /// <summary>The least share of the words read that must be stop words of the best language, so a text in another language is not given one of these. Default 0.2.</summary>
    [Description("The least share of the words read that must be stop words of the best language (0 to 1), so that text in an unsupported language gets none. Default 0.2.")]
    [Range(0.0, 1.0)]
    public double MinStopWordShare { get; init; } = 0.2;

    /// <summary>At most how many words, from the start, are read to detect the language. Default 5000.</summary>
    [Description("At most how many words from the start of the text are read to detect the language; past 256 words reading stops once one language clearly leads. Default 5000.")]
    [Range(1, 10_000_000)]
    public int MaxWords { get; init; } = 5000;

    /// <summary>Set <c>title</c> from the first line when it reads as a title: its own paragraph, short, not ending like a sentence. Default <c>true</c>.</summary>
    [Description("Set title from the first line when it reads as one: a paragraph of its own, at most maxTitleLength characters, not ending with . , ; or :, followed by more text. Default true.")]
    public bool TitleFromFirstLine { get; init; } = true;

    /// <summary>The longest first line, in characters, taken for a title. Default 200.</summary>
    [Description("The longest first line (in characters) taken for a title. Default 200.")]
    [Range(1, 10_000)]
    public int MaxTitleLength { get; init; } = 200;

    /// <summary>Replace <c>language</c> and <c>title</c> when the caller or an earlier step already set them. Default <c>false</c>.</summary>
    [Description("Replace language and title when the caller or an earlier step already set them. Default false.")]
    public bool Overwrite { get; init; }
}
