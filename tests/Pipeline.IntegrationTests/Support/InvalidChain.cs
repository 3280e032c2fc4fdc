namespace Pipeline.IntegrationTests.Support;

/// <summary>An inline chain with three errors at once: an unknown plugin, an option out of range and a duplicate step id.</summary>
internal static class InvalidChain
{
    public const string Json = """
        {
          "steps": [
            { "id": "first", "plugin": "no-such-plugin" },
            { "id": "mark", "plugin": "marker", "options": { "repeat": 99 } },
            { "id": "mark", "plugin": "whitespace" }
          ]
        }
        """;

    /// <summary>The errors expected, in document order: JSON path, 1-based line and column of the offending property's name, and a word of the message.</summary>
    public static IReadOnlyList<(string Path, int Line, int Column, string MessagePart)> Expected { get; } =
    [
        Error("$.steps[0].plugin", 2, "\"plugin\"", "no-such-plugin"),
        Error("$.steps[1].options.repeat", 3, "\"repeat\"", "marker"),
        Error("$.steps[2].id", 4, "\"id\"", "duplicate"),
    ];

    /// <summary>An expected error at <paramref name="token"/> on the 0-based line <paramref name="lineIndex"/> of <see cref="Json"/> (ASCII, so bytes and characters agree).</summary>
    private static (string Path, int Line, int Column, string MessagePart) Error(string path, int lineIndex, string token, string messagePart)
    {
        var line = Json.Split('\n')[lineIndex];
        var column = line.IndexOf(token, StringComparison.Ordinal);
        Assert.True(column >= 0, $"'{token}' is not on line {lineIndex + 1} of the invalid chain");
        return (path, lineIndex + 1, column + 1, messagePart);
    }
}
