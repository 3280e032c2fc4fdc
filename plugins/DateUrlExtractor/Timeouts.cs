namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>Regular-expression time limits.</summary>
internal static class Timeouts
{
    /// <summary>
    /// Every pattern here is linear, so the longest a match can take is one scan of the whole text up to the
    /// next match: about 0.5 s for 8 MB in a release build, up to 5 s in an unoptimised debug build. The limit
    /// sits well above that and only stops the unforeseen; the step's own time limit stays the chain's.
    /// </summary>
    public const int MatchMilliseconds = 15_000;
}
