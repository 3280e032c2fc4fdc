namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// The people a document names, so that a later "Kelmont" resolves to "Dariusz Kelmont": each name filed under its
/// last word, so that a lookup costs the same however many people the document names.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, Entry> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byLastWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _lastWords;

    public NameIndex()
    {
        _lastWords = _byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byName.Count;

    /// <summary>Forgets every name, keeping the tables' room for the next document.</summary>
    public void Clear()
    {
        _byName.Clear();
        _byLastWord.Clear();
    }

    /// <summary>Records a person's name as the document writes it at <paramref name="position"/>.</summary>
    public void Add(string name, int position, Gender gender)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            known.Gender = known.Gender == Gender.Unknown ? gender : known.Gender;
            return;
        }

        var entry = new Entry(name, name.AsSpan().Count(' ') + 1, position) { Gender = gender };
        _byName.Add(name, entry);
        var last = LastWord(name).ToString();
        if (!_byLastWord.TryGetValue(last, out var entries))
        {
            _byLastWord.Add(last, entries = []);
        }

        entries.Add(entry);
    }

    /// <summary>
    /// The fullest known name that <paramref name="name"/> is the whole or the end of (a surname, or a name
    /// without its first words); of several, the one named last before <paramref name="position"/>.
    /// </summary>
    public bool TryResolve(ReadOnlySpan<char> name, int position, out string canonical, out Gender gender)
    {
        Entry? best = null;
        if (_lastWords.TryGetValue(LastWord(name), out var entries))
        {
            foreach (var entry in entries)
            {
                if (IsTail(entry.Name, name) && (best is null || entry.Words > best.Words || (entry.Words == best.Words && Closer(entry, best, position))))
                {
                    best = entry;
                }
            }
        }

        canonical = best?.Name ?? string.Empty;
        gender = best?.Gender ?? Gender.Unknown;
        return best is not null;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name) => name[(name.LastIndexOf(' ') + 1)..];

    private static bool IsTail(string full, ReadOnlySpan<char> name) =>
        full.AsSpan().EndsWith(name, StringComparison.Ordinal) && (full.Length == name.Length || full[full.Length - name.Length - 1] == ' ');

    // The nearer mention before the position wins; one after it only when neither is before.
    private static bool Closer(Entry candidate, Entry current, int position) =>
        candidate.Position <= position && (current.Position > position || candidate.Position > current.Position);

    private sealed class Entry(string name, int words, int position)
    {
        public string Name { get; } = name;

        public int Words { get; } = words;

        public int Position { get; } = position;

        public Gender Gender { get; set; }
    }
}
