using System.Buffers;
using System.Text;
using Pipeline.Text;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Each sentence as a bag of terms (lower-cased words, stemmed or without stop words as asked), numbered per document.</summary>
/// <remarks>
/// All sentences share flat arrays, sentence s owning [<see cref="Offsets"/>[s], <see cref="Offsets"/>[s + 1]):
/// a document of many short sentences then costs a few arrays, not two per sentence.
/// </remarks>
internal sealed class TermVectors
{
    private TermVectors(int[] offsets, int[] terms, int[] counts, int[] lengths, int[] documentFrequency)
    {
        Offsets = offsets;
        Terms = terms;
        Counts = counts;
        Lengths = lengths;
        DocumentFrequency = documentFrequency;
        var total = 0L;
        foreach (var length in lengths)
        {
            total += length;
        }

        AverageLength = lengths.Length == 0 ? 0 : (double)total / lengths.Length;
    }

    /// <summary>Where each sentence's entries start in <see cref="Terms"/> and <see cref="Counts"/>, and where the last ends.</summary>
    public int[] Offsets { get; }

    /// <summary>Per sentence, its distinct term ids in ascending order.</summary>
    public int[] Terms { get; }

    /// <summary>Per sentence, how often each of its <see cref="Terms"/> occurs in it.</summary>
    public int[] Counts { get; }

    /// <summary>Per sentence, how many terms it has, repeats counted.</summary>
    public int[] Lengths { get; }

    /// <summary>Per term id, how many sentences hold it.</summary>
    public int[] DocumentFrequency { get; }

    public double AverageLength { get; }

    public int Count => Lengths.Length;

    public int Vocabulary => DocumentFrequency.Length;

    public ReadOnlySpan<int> TermsOf(int sentence) => Terms.AsSpan(Offsets[sentence], Offsets[sentence + 1] - Offsets[sentence]);

    public ReadOnlySpan<int> CountsOf(int sentence) => Counts.AsSpan(Offsets[sentence], Offsets[sentence + 1] - Offsets[sentence]);

    public static TermVectors Build(string text, IReadOnlyList<TextSpan> sentences, TermOptions options, CancellationToken cancellationToken) =>
        Build(text, sentences, new Builder(options), cancellationToken);

    /// <summary>As <see cref="Build(string, IReadOnlyList{TextSpan}, TermOptions, CancellationToken)"/>, with a builder kept from an earlier document.</summary>
    public static TermVectors Build(string text, IReadOnlyList<TextSpan> sentences, Builder builder, CancellationToken cancellationToken)
    {
        var count = sentences.Count;
        var characters = 0L;
        for (var s = 0; s < count; s++)
        {
            characters += sentences[s].Length;
        }

        // About one token in six characters and one new word in sixteen, for English prose; all grow when wrong.
        builder.Start((int)Math.Min(characters / 16, 1 << 16), (int)Math.Min(characters / 6, 1 << 20));
        var offsets = new int[count + 1];
        var lengths = new int[count];
        for (var s = 0; s < count; s++)
        {
            if (s % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            lengths[s] = builder.Add(sentences[s].Of(text));
            offsets[s + 1] = builder.Entries;
        }

        return builder.ToVectors(offsets, lengths);
    }

    /// <summary>
    /// Numbers the words of a document's sentences, one sentence after another. One document at a time; a step
    /// keeps its builders (see <see cref="Builders"/>) so that the next document finds the stop words already in
    /// the table and the buffers already grown.
    /// </summary>
    public sealed class Builder
    {
        // A builder that has read a longer document is not kept: its buffers would hold on to that size.
        private const int MaxKeptWords = 1 << 16;
        /// <summary>
        /// The stop words, lower case, each marked as one, for a document's table to start from: an ASCII word
        /// that is not in the table then is no stop word, and the stop list need not be asked. Null when the
        /// list holds a word that is not ASCII, which might match an ASCII word some other way.
        /// </summary>
        private static readonly TermTable? StopWordSeed = SeedStopWords();

        private TermTable? _table;
        private readonly Stemmer? _stemmer;
        private readonly bool _removeStopWords;
        private char[] _lowered = new char[64];
        private int[] _ids = new int[64];
        private int[] _terms = [];
        private int[] _counts = [];
        private int[] _frequency = [];
        private int _vocabulary;

        public Builder(TermOptions options)
        {
            _stemmer = options.Stem ? new Stemmer() : null;
            _removeStopWords = options.RemoveStopWords;
        }

        public int Entries { get; private set; }

        public bool Oversized => _table?.Count > MaxKeptWords;

        private TermTable? Seed => StopWordSeed is not null && _removeStopWords ? StopWordSeed : null;

        /// <summary>Empties the builder for a document of about <paramref name="expectedWords"/> distinct words and <paramref name="expectedEntries"/> tokens.</summary>
        public void Start(int expectedWords, int expectedEntries)
        {
            if (_table is null)
            {
                _table = Seed is { } seed ? new TermTable(seed, expectedWords) : new TermTable(expectedWords);
            }
            else
            {
                _table.Reset(Seed);
            }

            if (_frequency.Length < expectedWords)
            {
                _frequency = new int[Math.Max(16, expectedWords)];
            }

            if (_terms.Length < expectedEntries)
            {
                _terms = new int[Math.Max(16, expectedEntries)];
                _counts = new int[_terms.Length];
            }

            (_vocabulary, Entries) = (0, 0);
        }

        private static TermTable? SeedStopWords()
        {
            var table = new TermTable(StopWords.English.Count);
            foreach (var word in StopWords.English)
            {
                var lowered = new char[word.Length];
                if (Ascii.ToLower(word, lowered, out _) != OperationStatus.Done)
                {
                    return null;
                }

                table.Find(lowered).Stop = true;
            }

            return table;
        }

        /// <summary>Adds a sentence's distinct terms with their counts; returns how many terms it has, repeats counted.</summary>
        public int Add(ReadOnlySpan<char> sentence)
        {
            if (_lowered.Length < sentence.Length)
            {
                _lowered = new char[Math.Max(sentence.Length, _lowered.Length * 2)];
            }

            // Words are at least a character apart, so this holds every one.
            if (_ids.Length <= sentence.Length / 2)
            {
                _ids = new int[Math.Max((sentence.Length / 2) + 1, _ids.Length * 2)];
            }

            var length = 0;
            foreach (var word in WordTokenizer.Enumerate(sentence))
            {
                var token = word.Of(sentence);
                var lowered = _lowered.AsSpan(0, token.Length);
                Take(IdOf(token, lowered, LowerSimply(token, lowered)), ref length);
            }

            Compress(_ids.AsSpan(0, length));
            return length;
        }

        public TermVectors ToVectors(int[] offsets, int[] lengths) =>
            new(offsets, _terms[..Entries], _counts[..Entries], lengths, _frequency[.._vocabulary]);

        // Without a branch: whether a word is a stop word is past guessing, and a wrong guess costs more than the store.
        private void Take(int id, ref int length)
        {
            _ids[length] = id;
            length += id >= 0 ? 1 : 0;
        }

        /// <summary>The term id of <paramref name="token"/>, or <see cref="TermTable.Skipped"/> for a stop word left out.</summary>
        /// <param name="token">The word as written.</param>
        /// <param name="lowered">Its lower case, unless its <paramref name="script"/> is <see cref="Script.Other"/>.</param>
        /// <param name="script">Which characters it has.</param>
        private int IdOf(ReadOnlySpan<char> token, ReadOnlySpan<char> lowered, Script script)
        {
            if (_stemmer is not null)
            {
                return _removeStopWords && StopWords.Contains(token) ? TermTable.Skipped : Number(ref _table!.Find(_stemmer.Stem(token)));
            }

            // Nearly every token is ASCII: its lower case is then the invariant one, and as the stop list ignores
            // case, all ASCII tokens of one lower-cased word are stop words or none is.
            if (script == Script.Ascii)
            {
                ref var entry = ref _table!.Find(lowered);
                var id = entry.AsciiId;
                if (id == TermTable.NoId)
                {
                    var stop = _removeStopWords && (StopWordSeed is null ? StopWords.Contains(lowered) : entry.Stop);
                    id = entry.AsciiId = stop ? TermTable.Skipped : Number(ref entry);
                }

                return id;
            }

            if (_removeStopWords && StopWords.Contains(token))
            {
                return TermTable.Skipped;
            }

            return Number(ref _table!.Find(script == Script.Latin1 ? lowered : Lower(token)));
        }

        private int Number(ref TermTable.Entry entry)
        {
            if (entry.Id == TermTable.NoId)
            {
                if (_vocabulary == _frequency.Length)
                {
                    Array.Resize(ref _frequency, Math.Max(16, _vocabulary * 2));
                }

                // The array may hold a previous document's counts.
                _frequency[_vocabulary] = 0;
                entry.Id = _vocabulary++;
            }

            return entry.Id;
        }

        /// <summary>
        /// Lower-cases a word of Latin-1 letters and typographic apostrophes (<c>Iran’s</c>, <c>coöperation</c>),
        /// whose invariant lower case is plain (the capitals À to Þ, bar ×, are 32 below their small letters),
        /// without the cost of a call into ICU; <see cref="Script.Other"/>, with nothing meant, for any other word.
        /// </summary>
        private static Script LowerSimply(ReadOnlySpan<char> token, Span<char> lowered)
        {
            var any = 0;
            for (var i = 0; i < token.Length; i++)
            {
                var c = token[i];
                if (c > '\u00FF' && c != '\u2019')
                {
                    return Script.Other;
                }

                any |= c;
                lowered[i] = char.IsAsciiLetterUpper(c) || (c is >= '\u00C0' and <= '\u00DE' && c != '\u00D7') ? (char)(c | 0x20) : c;
            }

            return any < 0x80 ? Script.Ascii : Script.Latin1;
        }

        // For other scripts, the invariant lower case as it always was.
        private ReadOnlySpan<char> Lower(ReadOnlySpan<char> token)
        {
            if (token.Length > 64)
            {
                return token.ToString().ToLowerInvariant();
            }

            var lowered = _lowered.AsSpan(0, token.Length);
            token.ToLowerInvariant(lowered);
            return lowered;
        }

        /// <summary>Sorts the sentence's term ids into distinct ids with counts, and counts the sentence once per distinct term.</summary>
        private void Compress(Span<int> ids)
        {
            if (Entries + ids.Length > _terms.Length)
            {
                var capacity = Math.Max(_terms.Length * 2, Entries + ids.Length);
                Array.Resize(ref _terms, capacity);
                Array.Resize(ref _counts, capacity);
            }

            ids.Sort();
            var k = Entries - 1;
            for (var i = 0; i < ids.Length; i++)
            {
                if (i == 0 || ids[i] != ids[i - 1])
                {
                    _terms[++k] = ids[i];
                    _counts[k] = 0;
                    _frequency[ids[i]]++;
                }

                _counts[k]++;
            }

            Entries = k + 1;
        }
    }
}
