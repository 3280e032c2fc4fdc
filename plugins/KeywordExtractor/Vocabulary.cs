namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The distinct lower-cased words of one document, numbered in order of first occurrence.</summary>
internal sealed class Vocabulary
{
    /// <summary>Longer "words" are identifiers, hashes or glued scrapes, never keywords.</summary>
    public const int MaxWordLength = 48;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];

    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _words.Count;

    public string this[int id] => _words[id];

    /// <summary>The id of <paramref name="lower"/>, added when new.</summary>
    public int Intern(ReadOnlySpan<char> lower)
    {
        if (_lookup.TryGetValue(lower, out var id))
        {
            return id;
        }

        var word = new string(lower);
        id = _words.Count;
        _words.Add(word);
        _ids.Add(word, id);
        return id;
    }
}
