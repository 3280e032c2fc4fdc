using Lucene.Net.Tartarus.Snowball.Ext;

namespace Pipeline.Text;

/// <summary>
/// Reduces English words to their stems with the Snowball English (Porter2) stemmer, so that
/// <c>connected</c>, <c>connecting</c> and <c>connection</c> compare equal. Words are lower-cased first and a
/// typographic apostrophe counts as a straight one, so <c>Iran’s</c> and <c>iran</c> share a stem.
/// </summary>
/// <remarks>
/// Not thread-safe: use one instance per thread or per document. Each distinct word is stemmed once and its
/// stem kept, so stemming a word seen before allocates nothing.
/// </remarks>
public sealed class Stemmer
{
    /// <summary>Longer "words" (identifiers, hashes) are returned lower-cased, unstemmed and unremembered.</summary>
    private const int MaxWordLength = 48;

    /// <summary>Past this many distinct words the remembered stems are dropped, bounding the memory a huge text takes.</summary>
    private const int MaxRemembered = 1 << 18;

    private readonly EnglishStemmer _snowball = new();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly char[] _lowered = new char[MaxWordLength];

    /// <summary>Creates a stemmer.</summary>
    public Stemmer()
    {
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The stem of <paramref name="word"/>, lower case.</summary>
    public string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return word.ToString().ToLowerInvariant();
        }

        var lowered = _lowered.AsSpan(0, word.Length);
        word.ToLowerInvariant(lowered);
        lowered.Replace('\u2019', '\'');
        if (_lookup.TryGetValue(lowered, out var stem))
        {
            return stem;
        }

        // The stemmer may keep and grow the array it is given, so it gets a copy of its own.
        _snowball.SetCurrent(lowered.ToArray(), lowered.Length);
        _snowball.Stem();
        stem = new string(_snowball.CurrentBuffer, 0, _snowball.CurrentBufferLength);
        if (_stems.Count >= MaxRemembered)
        {
            _stems.Clear();
        }

        _lookup[lowered] = stem;
        return stem;
    }
}
