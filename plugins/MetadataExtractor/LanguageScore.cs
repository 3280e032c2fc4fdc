namespace Pipeline.Plugins.MetadataExtractor;

/// <summary>Each language's stop-word hits over the words read, and what they say.</summary>
internal sealed class LanguageScore
{
    public LanguageScore(string[] codes, int[] hits, int words)
    {
        Words = words;
        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i] > BestHits)
            {
                (RunnerUpHits, BestHits, Best) = (BestHits, hits[i], codes[i]);
            }
            else if (hits[i] > RunnerUpHits)
            {
                RunnerUpHits = hits[i];
            }
        }
    }

    /// <summary>The language with most hits; null when none has any.</summary>
    public string? Best { get; }

    public int BestHits { get; }

    public int RunnerUpHits { get; }

    public int Words { get; }

    /// <summary>How clearly the best language wins: 1 − runner-up's hits ÷ best's hits; 0 on a tie or without hits.</summary>
    public double Confidence => BestHits == 0 ? 0 : 1 - ((double)RunnerUpHits / BestHits);

    /// <summary>The share of the words read that are stop words of the best language.</summary>
    public double Share => Words == 0 ? 0 : (double)BestHits / Words;
}
