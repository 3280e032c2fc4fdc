namespace Pipeline.Evaluation.Summaries;

/// <summary>
/// ROUGE-N and ROUGE-L (Lin 2004) of a candidate summary against one reference, as F1 over lower-cased
/// tokens (runs of letters and digits; punctuation separates tokens and is dropped). ROUGE-N counts
/// n-grams clipped to the reference's counts; ROUGE-L uses the longest common subsequence of the two
/// token sequences (the summary-level LCS of rouge-score's <c>rougeL</c>, without stemming).
/// </summary>
public static class Rouge
{
    /// <summary>The lower-cased tokens of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of <paramref name="candidate"/> against <paramref name="reference"/>.</summary>
    public static RougeScores Score(string candidate, string reference)
    {
        var c = Tokens(candidate);
        var r = Tokens(reference);
        return new RougeScores(N(c, r, 1), N(c, r, 2), L(c, r));
    }

    /// <summary>ROUGE-N: clipped n-gram matches over the candidate's n-grams (precision) and the reference's (recall).</summary>
    public static RougeScore N(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var referenceCounts = Grams(reference, n);
        var matches = 0;
        foreach (var (gram, count) in Grams(candidate, n))
        {
            matches += Math.Min(count, referenceCounts.GetValueOrDefault(gram));
        }

        return RougeScore.Of(matches, Math.Max(0, candidate.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    /// <summary>ROUGE-L: the longest common subsequence over the candidate's length (precision) and the reference's (recall).</summary>
    public static RougeScore L(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        return RougeScore.Of(LongestCommonSubsequence(candidate, reference), candidate.Count, reference.Count);
    }

    /// <summary>The classic dynamic programme, keeping two rows.</summary>
    public static int LongestCommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k]));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }
}

/// <summary>One ROUGE measure: precision, recall and their harmonic mean.</summary>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    /// <summary>From the matches and the candidate's and reference's totals; every figure is 0 when there is no match.</summary>
    public static RougeScore Of(int matches, int candidateTotal, int referenceTotal)
    {
        if (matches == 0 || candidateTotal == 0 || referenceTotal == 0)
        {
            return default;
        }

        var precision = (double)matches / candidateTotal;
        var recall = (double)matches / referenceTotal;
        return new RougeScore(precision, recall, 2 * precision * recall / (precision + recall));
    }
}

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of one candidate.</summary>
public readonly record struct RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL);
