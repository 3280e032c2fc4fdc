namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>A set of words that answers for spans of a document's text, so that a lookup allocates nothing.</summary>
internal sealed class WordSet
{
    private readonly WordTable _table;

    public WordSet(IEnumerable<string> words)
    {
        _table = new WordTable(words.Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => 1u, StringComparer.Ordinal));
    }

    public int Count => _table.Count;

    public bool Contains(ReadOnlySpan<char> word) => _table[word] != 0;
}
