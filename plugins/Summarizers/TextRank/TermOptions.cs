namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Which words count as terms.</summary>
internal readonly record struct TermOptions(bool Stem, bool RemoveStopWords);
