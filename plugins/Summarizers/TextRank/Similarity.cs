namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>
/// Compares a document's sentences. The graph compares each sentence with those after it at once, walking the
/// sentences that share each of its terms, so a pair that shares nothing costs nothing; a single comparison
/// (the selection's) spreads the loaded sentence's term counts into a dense array instead.
/// </summary>
/// <remarks>
/// Both ways add a pair's shared terms in ascending term order, so they give the same weights to the last bit.
/// Not thread-safe; one per document.
/// </remarks>
internal sealed class Similarity
{
    // BM25's usual constants; the floor keeps terms found in most sentences from weighing nothing.
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double IdfFloor = 0.25;

    private readonly TermVectors _vectors;
    private readonly double _averageLength;

    // Per term, the sentences holding it, in text order, with their counts: [_postingStarts[t], _postingStarts[t + 1]).
    private readonly int[] _postingStarts;
    private readonly int[] _postingSentences;
    private readonly int[] _postingCounts;

    // Per entry of the term vectors, where its own sentence stands in its term's postings.
    private readonly int[] _postingOf;

    // Each measure's weights are made when first asked for: the default graph needs none but the log lengths.
    private double[]? _logLengths;
    private double[]? _idf;
    private double[]? _bm25Idf;
    private double[]? _norms;
    private int[]? _loadedCounts;

    // Per sentence, the terms it shares with the sentence compared, and what they add up to; cleared after use.
    private int[]? _shared;
    private double[]? _sums;
    private int _loaded = -1;

    public Similarity(TermVectors vectors)
    {
        _vectors = vectors;
        _averageLength = Math.Max(vectors.AverageLength, 1);
        var frequency = vectors.DocumentFrequency;
        _postingStarts = new int[frequency.Length + 1];
        for (var t = 0; t < frequency.Length; t++)
        {
            _postingStarts[t + 1] = _postingStarts[t] + frequency[t];
        }

        var entries = vectors.Terms.Length;
        _postingSentences = new int[entries];
        _postingCounts = new int[entries];
        _postingOf = new int[entries];
        var next = _postingStarts[..^1];
        for (var s = 0; s < vectors.Count; s++)
        {
            for (var k = vectors.Offsets[s]; k < vectors.Offsets[s + 1]; k++)
            {
                var p = next[vectors.Terms[k]]++;
                _postingSentences[p] = s;
                _postingCounts[p] = vectors.Counts[k];
                _postingOf[k] = p;
            }
        }
    }

    /// <summary>
    /// The sentences after <paramref name="sentence"/>, up to <paramref name="last"/>, that share a term with it,
    /// in text order, into <paramref name="others"/>, and its similarity with each into <paramref name="weights"/>;
    /// returns how many there are. Both need room for all the sentences up to <paramref name="last"/>.
    /// </summary>
    public int CompareFollowing(int sentence, int last, SimilarityKind kind, Span<int> others, Span<double> weights)
    {
        var shared = _shared ??= new int[_vectors.Count];
        var sums = _sums ??= new double[_vectors.Count];
        var idf = kind == SimilarityKind.Cosine ? Idf() : null;
        var bm25Idf = kind == SimilarityKind.Bm25 ? Bm25Idf() : null;
        var mineLength = _vectors.Lengths[sentence];
        var count = 0;
        for (var k = _vectors.Offsets[sentence]; k < _vectors.Offsets[sentence + 1]; k++)
        {
            var term = _vectors.Terms[k];
            var mine = _vectors.Counts[k];
            var postingEnd = _postingStarts[term + 1];
            for (var p = _postingOf[k] + 1; p < postingEnd; p++)
            {
                var other = _postingSentences[p];
                if (other > last)
                {
                    break;
                }

                if (shared[other]++ == 0)
                {
                    others[count++] = other;
                }

                if (idf is not null)
                {
                    var theirs = _postingCounts[p];
                    sums[other] += mine * theirs * idf[term] * idf[term];
                }
                else if (bm25Idf is not null)
                {
                    var theirs = _postingCounts[p];
                    sums[other] += bm25Idf[term] * (Saturate(theirs, _vectors.Lengths[other]) + Saturate(mine, mineLength)) / 2;
                }
            }
        }

        var found = others[..count];
        found.Sort();
        for (var i = 0; i < found.Length; i++)
        {
            var other = found[i];
            weights[i] = Finish(kind, shared[other], sums[other], sentence, other);
            shared[other] = 0;
            sums[other] = 0;
        }

        return count;
    }

    /// <summary>Makes <paramref name="sentence"/> the one the next comparisons are with, in place of the one loaded before.</summary>
    public void Load(int sentence)
    {
        _loadedCounts ??= new int[_vectors.Vocabulary];
        if (_loaded >= 0)
        {
            foreach (var term in _vectors.TermsOf(_loaded))
            {
                _loadedCounts[term] = 0;
            }
        }

        _loaded = sentence;
        var terms = _vectors.TermsOf(sentence);
        var counts = _vectors.CountsOf(sentence);
        for (var k = 0; k < terms.Length; k++)
        {
            _loadedCounts[terms[k]] = counts[k];
        }
    }

    /// <summary>The similarity of the loaded sentence and <paramref name="other"/>; 0 when they share no term.</summary>
    public double Compare(int other, SimilarityKind kind)
    {
        var loadedCounts = _loadedCounts ?? throw new InvalidOperationException("No sentence is loaded.");
        var idf = kind == SimilarityKind.Cosine ? Idf() : null;
        var bm25Idf = kind == SimilarityKind.Bm25 ? Bm25Idf() : null;
        var terms = _vectors.TermsOf(other);
        var counts = _vectors.CountsOf(other);
        var loadedLength = _vectors.Lengths[_loaded];
        var otherLength = _vectors.Lengths[other];
        var shared = 0;
        var sum = 0.0;
        for (var k = 0; k < terms.Length; k++)
        {
            var term = terms[k];
            var mine = loadedCounts[term];
            if (mine == 0)
            {
                continue;
            }

            shared++;
            var theirs = counts[k];
            if (idf is not null)
            {
                sum += mine * theirs * idf[term] * idf[term];
            }
            else if (bm25Idf is not null)
            {
                // Each sentence in turn as the query, the other as the document.
                sum += bm25Idf[term] * (Saturate(theirs, otherLength) + Saturate(mine, loadedLength)) / 2;
            }
        }

        return shared == 0 ? 0 : Finish(kind, shared, sum, _loaded, other);
    }

    /// <summary>The weight of two sentences that share <paramref name="shared"/> terms, from the sum their shared terms added up to.</summary>
    private double Finish(SimilarityKind kind, int shared, double sum, int mine, int other)
    {
        switch (kind)
        {
            case SimilarityKind.Overlap:
                var logLengths = LogLengths();
                return shared / (logLengths[mine] + logLengths[other]);
            case SimilarityKind.Cosine:
                var norms = Norms();
                return sum / (norms[mine] * norms[other]);
            default:
                return sum;
        }
    }

    private double Saturate(int frequency, int length) =>
        frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / _averageLength))));

    private double[] LogLengths()
    {
        if (_logLengths is null)
        {
            // The log of a one-term sentence is 0; counting it as two keeps the measure finite.
            _logLengths = new double[_vectors.Count];
            for (var s = 0; s < _logLengths.Length; s++)
            {
                _logLengths[s] = Math.Log(Math.Max(_vectors.Lengths[s], 2));
            }
        }

        return _logLengths;
    }

    private double[] Idf()
    {
        if (_idf is null)
        {
            var n = _vectors.Count;
            _idf = new double[_vectors.Vocabulary];
            for (var t = 0; t < _idf.Length; t++)
            {
                double df = _vectors.DocumentFrequency[t];
                _idf[t] = Math.Log((n + 1) / df);
            }
        }

        return _idf;
    }

    private double[] Bm25Idf()
    {
        if (_bm25Idf is null)
        {
            var n = _vectors.Count;
            _bm25Idf = new double[_vectors.Vocabulary];
            for (var t = 0; t < _bm25Idf.Length; t++)
            {
                double df = _vectors.DocumentFrequency[t];
                _bm25Idf[t] = Math.Max(IdfFloor, Math.Log(((n - df + 0.5) / (df + 0.5)) + 1));
            }
        }

        return _bm25Idf;
    }

    private double[] Norms()
    {
        if (_norms is null)
        {
            var idf = Idf();
            _norms = new double[_vectors.Count];
            for (var s = 0; s < _norms.Length; s++)
            {
                var sum = 0.0;
                var terms = _vectors.TermsOf(s);
                var counts = _vectors.CountsOf(s);
                for (var k = 0; k < terms.Length; k++)
                {
                    var w = counts[k] * idf[terms[k]];
                    sum += w * w;
                }

                _norms[s] = Math.Sqrt(sum);
            }
        }

        return _norms;
    }
}
