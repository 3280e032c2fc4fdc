namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// Which words a document writes in lower case, as a Bloom filter: two bits per word in 64 Kbit, reused per thread,
/// so that building it costs one hash per word and no allocation. A false "yes" (under 0.1% for a long
/// article) only makes a capitalised word look ordinary.
/// </summary>
internal sealed class LowerWords
{
    private const int Bits = 1 << 16;

    [ThreadStatic]
    private static LowerWords? t_instance;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    private LowerWords()
    {
    }

    /// <summary>The calling thread's filter, emptied.</summary>
    public static LowerWords Rent()
    {
        var words = t_instance ??= new LowerWords();
        Array.Clear(words._bits);
        return words;
    }

    public void Add(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        Set((uint)hash);
        Set((uint)(hash >> 32));
    }

    /// <summary>Whether <paramref name="word"/>, lower-cased, was added.</summary>
    public bool ContainsLowered(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var hash = Hash(lower);
        return IsSet((uint)hash) && IsSet((uint)(hash >> 32));
    }

    // FNV-1a over UTF-16 units: cheap, and good enough to spread words over the filter.
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash ^ (hash >> 29);
    }

    private void Set(uint hash)
    {
        var bit = hash & (Bits - 1);
        _bits[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    private bool IsSet(uint hash)
    {
        var bit = hash & (Bits - 1);
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }
}
