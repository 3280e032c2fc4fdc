namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>
/// Compares one loaded sentence with others: the loaded sentence's term counts are spread into a dense array,
/// so each comparison costs only the other sentence's length.
/// </summary>
/// <remarks>Not thread-safe; one per document.</remarks>
internal sealed class Similarity
{
    // BM25's usual constants; the floor keeps terms found in most sentences from weighing nothing.
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double IdfFloor = 0.25;

    private readonly TermVectors _vectors;
    private readonly double[] _idf;
    private readonly double[] _bm25Idf;
    private readonly double[] _norms;
    private readonly int[] _loadedCounts;
    private readonly double _averageLength;
    private int _loaded = -1;

    public Similarity(TermVectors vectors)
    {
        _vectors = vectors;
        var n = vectors.Count;
        _idf = new double[vectors.Vocabulary];
        _bm25Idf = new double[vectors.Vocabulary];
        for (var t = 0; t < _idf.Length; t++)
        {
            double df = vectors.DocumentFrequency[t];
            _idf[t] = Math.Log((n + 1) / df);
            _bm25Idf[t] = Math.Max(IdfFloor, Math.Log(((n - df + 0.5) / (df + 0.5)) + 1));
        }

        _norms = new double[n];
        for (var s = 0; s < n; s++)
        {
            var sum = 0.0;
            var terms = vectors.Terms[s];
            var counts = vectors.Counts[s];
            for (var k = 0; k < terms.Length; k++)
            {
                var w = counts[k] * _idf[terms[k]];
                sum += w * w;
            }

            _norms[s] = Math.Sqrt(sum);
        }

        _loadedCounts = new int[vectors.Vocabulary];
        _averageLength = Math.Max(vectors.AverageLength, 1);
    }

    /// <summary>Makes <paramref name="sentence"/> the one the next comparisons are with, in place of the one loaded before.</summary>
    public void Load(int sentence)
    {
        if (_loaded >= 0)
        {
            foreach (var term in _vectors.Terms[_loaded])
            {
                _loadedCounts[term] = 0;
            }
        }

        _loaded = sentence;
        var terms = _vectors.Terms[sentence];
        var counts = _vectors.Counts[sentence];
        for (var k = 0; k < terms.Length; k++)
        {
            _loadedCounts[terms[k]] = counts[k];
        }
    }

    /// <summary>The similarity of the loaded sentence and <paramref name="other"/>; 0 when they share no term.</summary>
    public double Compare(int other, SimilarityKind kind)
    {
        var terms = _vectors.Terms[other];
        var counts = _vectors.Counts[other];
        var loadedLength = _vectors.Lengths[_loaded];
        var otherLength = _vectors.Lengths[other];
        var shared = 0;
        var sum = 0.0;
        for (var k = 0; k < terms.Length; k++)
        {
            var term = terms[k];
            var mine = _loadedCounts[term];
            if (mine == 0)
            {
                continue;
            }

            shared++;
            var theirs = counts[k];
            sum += kind switch
            {
                SimilarityKind.Cosine => mine * theirs * _idf[term] * _idf[term],

                // Each sentence in turn as the query, the other as the document.
                SimilarityKind.Bm25 => _bm25Idf[term] * (Saturate(theirs, otherLength) + Saturate(mine, loadedLength)) / 2,
                _ => 0,
            };
        }

        if (shared == 0)
        {
            return 0;
        }

        return kind switch
        {
            SimilarityKind.Overlap => shared / (LogLength(loadedLength) + LogLength(otherLength)),
            SimilarityKind.Cosine => sum / (_norms[_loaded] * _norms[other]),
            _ => sum,
        };
    }

    private double Saturate(int frequency, int length) =>
        frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / _averageLength))));

    // The log of a one-term sentence is 0; counting it as two keeps the measure finite.
    private static double LogLength(int length) => Math.Log(Math.Max(length, 2));
}
