using System.Numerics;

namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// A read-only hash table from words to flags, probed with spans of the document's text. Hand-rolled rather than
/// a FrozenDictionary: a plugin's collectible load context keeps generic framework code over its own types from
/// tiering up, and this table has no virtual calls to lose there.
/// </summary>
/// <remarks>
/// Between documents the other steps push the table out of the cache, so a lookup is paid in cache misses more than
/// in instructions: each slot holds the key's full hash, its flags and where its characters lie in one shared array,
/// so that a miss reads one slot and a hit one slot and one run of characters, instead of a key array, a string
/// object and a value array.
/// </remarks>
internal sealed class WordTable
{
    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly int _mask;

    // An empty key has no characters to mark its slot as taken, so it is kept aside.
    private readonly uint _empty;

    public WordTable(IReadOnlyDictionary<string, uint> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // At most half full, so that a miss ends after a probe or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        var length = 0;
        foreach (var key in entries.Keys)
        {
            length += key.Length;
        }

        _chars = new char[length];
        var offset = 0;
        foreach (var (key, value) in entries)
        {
            if (key.Length == 0)
            {
                _empty = value;
                continue;
            }

            var hash = Hash(key);
            var slot = (int)hash & _mask;
            while (_slots[slot].Length != 0)
            {
                slot = (slot + 1) & _mask;
            }

            key.CopyTo(_chars.AsSpan(offset));
            _slots[slot] = new Slot { Hash = hash, Value = value, Offset = offset, Length = key.Length };
            offset += key.Length;
        }

        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>The flags of <paramref name="word"/>, compared exactly; 0 when the table does not hold it.</summary>
    public uint this[ReadOnlySpan<char> word]
    {
        get
        {
            if (word.IsEmpty)
            {
                return _empty;
            }

            var hash = Hash(word);
            var slots = _slots;
            var slot = (int)hash & _mask;
            while (true)
            {
                ref var entry = ref slots[slot];
                if (entry.Length == 0)
                {
                    return 0;
                }

                if (entry.Hash == hash && entry.Length == word.Length && word.SequenceEqual(_chars.AsSpan(entry.Offset, entry.Length)))
                {
                    return entry.Value;
                }

                slot = (slot + 1) & _mask;
            }
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

    private struct Slot
    {
        public uint Hash;
        public uint Value;
        public int Offset;
        public int Length;
    }
}
