using System.Numerics;

namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// A read-only hash table from words to flags, probed with spans of the document's text. Hand-rolled rather than
/// a FrozenDictionary: a plugin's collectible load context keeps generic framework code over its own types from
/// tiering up, and this table has no virtual calls to lose there.
/// </summary>
internal sealed class WordTable
{
    private readonly string?[] _keys;
    private readonly uint[] _values;
    private readonly int _mask;

    public WordTable(IReadOnlyDictionary<string, uint> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // At most half full, so that a miss ends after a probe or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        _keys = new string?[capacity];
        _values = new uint[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            var slot = (int)Hash(key) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }

        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>The flags of <paramref name="word"/>, compared exactly; 0 when the table does not hold it.</summary>
    public uint this[ReadOnlySpan<char> word]
    {
        get
        {
            var slot = (int)Hash(word) & _mask;
            while (_keys[slot] is { } key)
            {
                if (word.SequenceEqual(key))
                {
                    return _values[slot];
                }

                slot = (slot + 1) & _mask;
            }

            return 0;
        }
    }

    // FNV-1a with a final mix: cheap for the short words a document is made of.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }
}
