using System.Runtime.InteropServices;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The distinct lower-cased words of one document, numbered in order of first occurrence.</summary>
internal sealed class Vocabulary
{
    /// <summary>Longer "words" are identifiers, hashes or glued scrapes, never keywords.</summary>
    public const int MaxWordLength = 48;

    private readonly List<int> _words = [];
    private readonly List<WordClass> _classes = [];

    public Vocabulary(WordTable table) => Table = table;

    /// <summary>Where the words come from, and what numbers them for the current document.</summary>
    public WordTable Table { get; }

    public int Count => _words.Count;

    /// <summary>The class of each word, by id.</summary>
    public ReadOnlySpan<WordClass> Classes => CollectionsMarshal.AsSpan(_classes);

    public string this[int id] => Table.Text(_words[id]);

    /// <summary>The word's number in the <see cref="Table"/>.</summary>
    public int TableWord(int id) => _words[id];

    /// <summary>Empties the vocabulary for a new document.</summary>
    public void Start()
    {
        Table.StartDocument();
        _words.Clear();
        _classes.Clear();
    }

    /// <summary>The id of the word written as <paramref name="written"/>, in any case, added when new.</summary>
    public int Intern(ReadOnlySpan<char> written)
    {
        var word = Table.Find(written);
        ref var stamp = ref Table.WordStamp(word);
        if (stamp.Document != Table.Document)
        {
            stamp = new Stamp(Table.Document, _words.Count);
            _words.Add(word);
            _classes.Add(Table.Class(word));
        }

        return stamp.Number;
    }
}
