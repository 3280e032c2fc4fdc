namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The distinct lower-cased words of one document, numbered in order of first occurrence.</summary>
internal sealed class Vocabulary : IDisposable
{
    /// <summary>Longer "words" are identifiers, hashes or glued scrapes, never keywords.</summary>
    public const int MaxWordLength = 48;

    private readonly WordCache _cache;
    private readonly List<KnownWord> _words = [];

    public Vocabulary(WordCache cache)
    {
        _cache = cache;
        Table = cache.Rent();
    }

    /// <summary>The table the words come from, lent to this document until it is disposed.</summary>
    public WordTable Table { get; }

    public int Count => _words.Count;

    public string this[int id] => _words[id].Text;

    public KnownWord Known(int id) => _words[id];

    /// <summary>The id of the word written as <paramref name="written"/>, in any case, added when new.</summary>
    public int Intern(ReadOnlySpan<char> written)
    {
        var known = Table.Find(written);
        if (known.Document != Table.Document)
        {
            known.Document = Table.Document;
            known.Id = _words.Count;
            _words.Add(known);
        }

        return known.Id;
    }

    public void Dispose() => _cache.Return(Table);
}
