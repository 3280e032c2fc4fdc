namespace Pipeline.Plugins.Tests.Summaries;

/// <summary>Short articles written for these tests.</summary>
internal static class Articles
{
    /// <summary>
    /// A title, a dateline, then eight sentences; the fifth shares no word with the others, and the seventh is
    /// short and shares none but stop words.
    /// </summary>
    public const string Flood = """
        Harbour Town Floods After Storm

        12 May 2021 - 09:15

        Heavy rain flooded the harbour town on Monday after the storm. The river burst its banks near the old bridge and flood water filled the harbour streets. Rescue teams moved families from the flooded streets to the school hall. The mayor said the flood in the harbour town was the worst in fifty years. A violinist practised scales beside quiet orchards. Engineers will inspect the old bridge and the river banks for flood damage. Nobody was hurt. The storm is expected to bring more rain and flood water to the town on Friday.
        """;

    public const int FloodBodySentences = 8;

    public const string OffTopic = "A violinist practised scales beside quiet orchards.";

    public const string Short = "Nobody was hurt.";
}
