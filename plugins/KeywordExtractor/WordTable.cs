using System.Buffers;
using System.Globalization;
using System.Text;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// The words met in earlier documents, as written and lower-cased, with their class and vertex key: most words
/// of a document are common ones, and lower-casing, classifying and stemming them again for each document cost
/// more than the rest of the step. A table serves one document at a time (see <see cref="Workspace"/>), so each
/// word can also carry its number in the current document, which spares the document a table of its own.
/// </summary>
internal sealed class WordTable
{
    /// <summary>Beyond this many written forms a table starts over, so that a stream of rare words cannot grow it without bound.</summary>
    public const int Capacity = 1 << 15;

    private readonly Dictionary<string, KnownWord> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownWord>.AlternateLookup<ReadOnlySpan<char>> _writtenLookup;
    private readonly Dictionary<string, KnownWord> _lower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VertexKey> _keys = new(StringComparer.Ordinal);
    private readonly WordStemmer? _stemmer;

    public WordTable(bool stem)
    {
        _writtenLookup = _written.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemmer = stem ? new WordStemmer() : null;
    }

    /// <summary>The number of the document the table is lent to; <see cref="KnownWord.Document"/> and <see cref="VertexKey.Document"/> compare with it.</summary>
    public int Document { get; private set; }

    /// <summary>Lends the table to a new document.</summary>
    public void StartDocument()
    {
        if (_written.Count >= Capacity || Document == int.MaxValue)
        {
            _written.Clear();
            _lower.Clear();
            _keys.Clear();
            Document = 0;
        }

        Document++;
    }

    /// <summary>The word written as <paramref name="written"/>, in any case; learnt when new.</summary>
    public KnownWord Find(ReadOnlySpan<char> written)
    {
        if (_writtenLookup.TryGetValue(written, out var known))
        {
            return known;
        }

        var lower = Lower(written);
        if (!_lower.TryGetValue(lower, out known))
        {
            known = new KnownWord(lower, WordClasses.Classify(lower), KeyOf(lower));
            _lower.Add(lower, known);
        }

        _written.Add(written.SequenceEqual(lower) ? lower : new string(written), known);
        return known;
    }

    private VertexKey KeyOf(string lower)
    {
        var folded = Fold(lower);
        var text = _stemmer?.Stem(folded) ?? folded;
        if (!_keys.TryGetValue(text, out var key))
        {
            key = new VertexKey(text);
            _keys.Add(text, key);
        }

        return key;
    }

    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= Vocabulary.MaxWordLength ? stackalloc char[Vocabulary.MaxWordLength] : new char[word.Length];

        // Most words are ASCII, which the culture-aware path lower-cases far more slowly to the same result.
        if (Ascii.ToLower(word, buffer, out var ascii) == OperationStatus.Done)
        {
            return new string(buffer[..ascii]);
        }

        var lower = buffer[..word.ToLowerInvariant(buffer)];
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = lower[i] switch
            {
                '\u2019' => '\'',
                '\u2010' or '\u2011' => '-',
                var c => c,
            };
        }

        return new string(lower);
    }

    /// <summary>Drops diacritics, so that <c>coöperation</c> and <c>cooperation</c> are one word.</summary>
    private static string Fold(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
