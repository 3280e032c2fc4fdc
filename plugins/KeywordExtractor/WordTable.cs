using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
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

    // Roomy from the start: a table read for every word of every document pays for each collision.
    private readonly Dictionary<string, int> _written = new(1 << 12, StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _writtenLookup;
    private readonly Dictionary<string, int> _lower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);

    // What is known of each word and each key, by number, in arrays rather than objects: a document reads them for
    // every word it has, and arrays keep them on few cache lines.
    private readonly List<string> _texts = [];
    private readonly List<WordClass> _classes = [];
    private readonly List<int> _keyOf = [];
    private readonly List<Stamp> _wordStamps = [];
    private readonly List<string> _keyTexts = [];
    private readonly List<Stamp> _keyStamps = [];
    private readonly WordStemmer? _stemmer;

    public WordTable(bool stem)
    {
        _writtenLookup = _written.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemmer = stem ? new WordStemmer() : null;
    }

    /// <summary>The number of the document the table is lent to, which <see cref="Stamp"/>s compare with.</summary>
    public int Document { get; private set; }

    /// <summary>Lends the table to a new document.</summary>
    public void StartDocument()
    {
        if (_written.Count >= Capacity || Document == int.MaxValue)
        {
            _written.Clear();
            _lower.Clear();
            _keys.Clear();
            _texts.Clear();
            _classes.Clear();
            _keyOf.Clear();
            _wordStamps.Clear();
            _keyTexts.Clear();
            _keyStamps.Clear();
            Document = 0;
        }

        Document++;
    }

    /// <summary>The number of the word written as <paramref name="written"/>, in any case; learnt when new.</summary>
    public int Find(ReadOnlySpan<char> written)
    {
        if (_writtenLookup.TryGetValue(written, out var word))
        {
            return word;
        }

        var lower = Lower(written);
        if (!_lower.TryGetValue(lower, out word))
        {
            word = _texts.Count;
            _texts.Add(lower);
            _classes.Add(WordClasses.Classify(lower));
            _keyOf.Add(KeyOf(lower));
            _wordStamps.Add(default);
            _lower.Add(lower, word);
        }

        _written.Add(written.SequenceEqual(lower) ? lower : new string(written), word);
        return word;
    }

    /// <summary>The word, lower-cased.</summary>
    public string Text(int word) => _texts[word];

    public WordClass Class(int word) => _classes[word];

    /// <summary>The word's vertex key: words with one key are one vertex.</summary>
    public int Key(int word) => _keyOf[word];

    /// <summary>The key's text: the word without diacritics, stemmed when the step stems.</summary>
    public string KeyText(int key) => _keyTexts[key];

    /// <summary>The document that met the word last and the word's number in it.</summary>
    public ref Stamp WordStamp(int word) => ref CollectionsMarshal.AsSpan(_wordStamps)[word];

    /// <summary>The document that made a vertex of the key last and the key's vertex in it.</summary>
    public ref Stamp KeyStamp(int key) => ref CollectionsMarshal.AsSpan(_keyStamps)[key];

    private int KeyOf(string lower)
    {
        var folded = Fold(lower);
        var text = _stemmer?.Stem(folded) ?? folded;
        if (!_keys.TryGetValue(text, out var key))
        {
            key = _keyTexts.Count;
            _keyTexts.Add(text);
            _keyStamps.Add(default);
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

/// <summary>A number a word or key has in one document of a <see cref="WordTable"/>.</summary>
/// <param name="Document">The document (<see cref="WordTable.Document"/>); an older one means no number yet.</param>
/// <param name="Number">The number in that document.</param>
internal readonly record struct Stamp(int Document, int Number);
