namespace Pipeline.Plugins.Summarizers.Shared;

/// <summary>How many sentences a summary takes, from the options every summarizer has.</summary>
internal static class SummaryLength
{
    /// <summary>
    /// <paramref name="ratio"/> of the <paramref name="available"/> sentences (rounded, at least one) when it
    /// is above 0, else <paramref name="sentences"/>; never more than are available.
    /// </summary>
    public static int Of(int available, int sentences, double ratio)
    {
        var wanted = ratio > 0 ? Math.Max(1, (int)Math.Round(ratio * available, MidpointRounding.AwayFromZero)) : sentences;
        return Math.Clamp(wanted, 0, available);
    }
}
