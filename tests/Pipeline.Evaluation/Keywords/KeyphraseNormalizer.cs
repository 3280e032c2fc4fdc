using System.Text.Json;
using Pipeline.Core.Engine;
using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation.Keywords;

/// <summary>
/// Lower-cases and stems keyphrases for comparison, with the very stemmer the <c>keywords</c> plugin uses:
/// each word is run through the plugin alone, as <c>the Word</c>, which its filter keeps as a proper noun, and
/// the plugin's <c>stem</c> attribute is read back. Words it never keeps (<c>of</c>, <c>the</c>) stay as written.
/// </summary>
public sealed class KeyphraseNormalizer
{
    private readonly Chain _chain;
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    public KeyphraseNormalizer(BuiltInPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _chain = pipeline.Inline(JsonSerializer.Serialize(new { steps = new[] { new { plugin = "keywords", options = new { ratio = 1.0 } } } }));
    }

    /// <summary>The phrase's words, lower-cased and stemmed, separated by one space.</summary>
    public string Normalize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(Stem));
    }

    private string Stem(string word)
    {
        if (!_stems.TryGetValue(word, out var stem))
        {
            var probe = "the " + char.ToUpperInvariant(word[0]) + word[1..];
            var keyword = BuiltInPipeline.Run(_chain, probe).Annotations.FirstOrDefault(a => a.Type == "keyword" && a.Start == 4 && a.End == probe.Length);
            stem = _stems[word] = keyword?.Attributes.GetValueOrDefault("stem") ?? word;
        }

        return stem;
    }
}
