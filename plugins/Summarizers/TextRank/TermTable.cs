using System.Numerics;
using System.Runtime.InteropServices;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>
/// The distinct words of one document, each stored once in a shared character buffer, so that finding a word
/// seen before allocates nothing and a new word costs no string of its own.
/// </summary>
/// <remarks>
/// Each entry carries the term id its word was given, if any, and what an ASCII token that lower-cases to it
/// stands for, so that the stop list is consulted once per distinct word rather than once per token.
/// </remarks>
internal sealed class TermTable
{
    /// <summary>Not decided yet.</summary>
    public const int NoId = -1;

    /// <summary>A stop word, left out.</summary>
    public const int Skipped = -2;

    // Past this many collisions on one word the cheap hash may be under attack, and the table turns to the
    // randomised string hash, as Dictionary does.
    private const int MaxCollisions = 64;

    private int[] _buckets;
    private Entry[] _entries;
    private char[] _chars;
    private int _charCount;
    private int _count;
    private bool _randomized;

    public TermTable(int expectedWords)
    {
        var capacity = Math.Max(16, expectedWords);
        _buckets = new int[BucketsFor(capacity)];
        _entries = new Entry[capacity];
        _chars = new char[capacity * 8];
    }

    /// <summary>A table holding the words of <paramref name="seed"/>, with room for <paramref name="expectedWords"/> more.</summary>
    public TermTable(TermTable seed, int expectedWords)
    {
        var capacity = seed._count + Math.Max(16, expectedWords);
        _entries = new Entry[capacity];
        Array.Copy(seed._entries, _entries, seed._count);
        _chars = new char[Math.Max(seed._charCount + (expectedWords * 8), 64)];
        Array.Copy(seed._chars, _chars, seed._charCount);
        _charCount = seed._charCount;
        _count = seed._count;
        _buckets = new int[BucketsFor(capacity)];
        Rehash();
    }

    /// <summary>How many words the table holds; a table reused for the next document is dropped when it grew too large.</summary>
    public int Count => _count;

    /// <summary>
    /// Empties the table for the next document, back to the words of <paramref name="seed"/> as <see cref="TermTable(TermTable, int)"/>
    /// made them (its characters are still in place at the start of the buffer), or to nothing without one.
    /// </summary>
    public void Reset(TermTable? seed)
    {
        _count = seed?._count ?? 0;
        _charCount = seed?._charCount ?? 0;
        if (seed is not null)
        {
            Array.Copy(seed._entries, _entries, seed._count);
        }

        _randomized = false;
        Array.Clear(_buckets);
        Rehash();
    }

    /// <summary>Whether the table has turned to the randomised hash.</summary>
    public bool Randomized => _randomized;

    /// <summary>The entry of <paramref name="word"/>, added without an id when it is new.</summary>
    public ref Entry Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _buckets.Length - 1;
        var collisions = 0;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var index = _buckets[slot] - 1;
            if (index < 0)
            {
                return ref Add(word, hash, slot);
            }

            ref var entry = ref _entries[index];
            if (entry.Hash == hash && word.SequenceEqual(_chars.AsSpan(entry.Start, entry.Length)))
            {
                return ref entry;
            }

            if (++collisions > MaxCollisions && !_randomized)
            {
                Randomize();
                return ref Find(word);
            }
        }
    }

    /// <summary>A hash four characters at a time, several times cheaper than the string hash on short words.</summary>
    public static int Multiplicative(ReadOnlySpan<char> word)
    {
        const ulong Odd = 0x9E3779B97F4A7C15;
        var blocks = MemoryMarshal.Cast<char, ulong>(word);
        var hash = (ulong)word.Length;
        foreach (var block in blocks)
        {
            hash = (hash ^ block) * Odd;
        }

        var tail = 0UL;
        for (var i = blocks.Length * 4; i < word.Length; i++)
        {
            tail = (tail << 16) | word[i];
        }

        hash = (hash ^ tail) * Odd;

        // The product's high half depends on every bit of the word, its low half, which picks the bucket, does not.
        return (int)(hash ^ (hash >> 32));
    }

    private ref Entry Add(ReadOnlySpan<char> word, int hash, int slot)
    {
        if (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        }

        word.CopyTo(_chars.AsSpan(_charCount));
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        var index = _count++;
        _entries[index] = new Entry { Hash = hash, Start = _charCount, Length = word.Length, Id = NoId, AsciiId = NoId };
        _charCount += word.Length;
        if (BucketsFor(_count) > _buckets.Length)
        {
            Grow();
        }
        else
        {
            _buckets[slot] = index + 1;
        }

        return ref _entries[index];
    }

    private int Hash(ReadOnlySpan<char> word) => _randomized ? string.GetHashCode(word) : Multiplicative(word);

    private void Randomize()
    {
        _randomized = true;
        for (var i = 0; i < _count; i++)
        {
            _entries[i].Hash = Hash(_chars.AsSpan(_entries[i].Start, _entries[i].Length));
        }

        Array.Clear(_buckets);
        Rehash();
    }

    private void Grow()
    {
        _buckets = new int[_buckets.Length * 2];
        Rehash();
    }

    private void Rehash()
    {
        var mask = _buckets.Length - 1;
        for (var index = 0; index < _count; index++)
        {
            var slot = _entries[index].Hash & mask;
            while (_buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _buckets[slot] = index + 1;
        }
    }

    // At most half full, which keeps linear probing short.
    private static int BucketsFor(int entries) => (int)BitOperations.RoundUpToPowerOf2((uint)entries * 2);

    public struct Entry
    {
        public int Hash;
        public int Start;
        public int Length;

        /// <summary>The word's term id, or <see cref="NoId"/> until it has one.</summary>
        public int Id;

        /// <summary>The word's term id or <see cref="Skipped"/> for an ASCII token of it, or <see cref="NoId"/> until one is seen.</summary>
        public int AsciiId;

        /// <summary>A stop word, put in the table before the document's words.</summary>
        public bool Stop;
    }
}
