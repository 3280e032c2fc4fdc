using Pipeline.Text;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Each sentence as a bag of terms (lower-cased words, stemmed or without stop words as asked), numbered per document.</summary>
internal sealed class TermVectors
{
    private TermVectors(int[][] terms, int[][] counts, int[] lengths, int[] documentFrequency)
    {
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

    /// <summary>Per sentence, its distinct term ids in ascending order.</summary>
    public int[][] Terms { get; }

    /// <summary>Per sentence, how often each of its <see cref="Terms"/> occurs in it.</summary>
    public int[][] Counts { get; }

    /// <summary>Per sentence, how many terms it has, repeats counted.</summary>
    public int[] Lengths { get; }

    /// <summary>Per term id, how many sentences hold it.</summary>
    public int[] DocumentFrequency { get; }

    public double AverageLength { get; }

    public int Count => Terms.Length;

    public int Vocabulary => DocumentFrequency.Length;

    public static TermVectors Build(string text, IReadOnlyList<TextSpan> sentences, TermOptions options, CancellationToken cancellationToken)
    {
        var stemmer = options.Stem ? new Stemmer() : null;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var frequency = new List<int>();
        var terms = new int[sentences.Count][];
        var counts = new int[sentences.Count][];
        var lengths = new int[sentences.Count];
        var scratch = new List<int>();
        Span<char> lowered = stackalloc char[64];
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            scratch.Clear();
            var sentence = sentences[s].Of(text);
            foreach (var word in WordTokenizer.Enumerate(sentence))
            {
                var token = word.Of(sentence);
                if (options.RemoveStopWords && StopWords.Contains(token))
                {
                    continue;
                }

                ReadOnlySpan<char> term = stemmer is null ? Lower(token, lowered) : stemmer.Stem(token);
                if (!lookup.TryGetValue(term, out var id))
                {
                    id = ids.Count;
                    lookup[term] = id;
                    frequency.Add(0);
                }

                scratch.Add(id);
            }

            lengths[s] = scratch.Count;
            (terms[s], counts[s]) = Compress(scratch, frequency);
        }

        return new TermVectors(terms, counts, lengths, [.. frequency]);
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.Length > buffer.Length)
        {
            return token.ToString().ToLowerInvariant();
        }

        var lowered = buffer[..token.Length];
        token.ToLowerInvariant(lowered);
        return lowered;
    }

    /// <summary>Sorts the sentence's term ids into distinct ids with counts, and counts the sentence once per distinct term.</summary>
    private static (int[] Terms, int[] Counts) Compress(List<int> ids, List<int> frequency)
    {
        ids.Sort();
        var distinct = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                distinct++;
            }
        }

        var terms = new int[distinct];
        var counts = new int[distinct];
        var k = -1;
        for (var i = 0; i < ids.Count; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                terms[++k] = ids[i];
                frequency[ids[i]]++;
            }

            counts[k]++;
        }

        return (terms, counts);
    }
}
