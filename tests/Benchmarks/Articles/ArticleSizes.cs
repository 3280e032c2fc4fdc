namespace Pipeline.Benchmarks.Articles;

/// <summary>The articles the scaling benchmarks run on: generated ones of fixed sizes, and the shared sample.</summary>
internal static class ArticleSizes
{
    public const string Sample = "sample";

    /// <summary>Names and sizes in bytes, smallest first.</summary>
    public static IReadOnlyList<(string Name, int Bytes)> Generated { get; } =
    [
        ("1KB", 1024), ("10KB", 10 * 1024), ("100KB", 100 * 1024), ("1MB", 1024 * 1024), ("8MB", 8 * 1024 * 1024),
    ];

    public static IEnumerable<string> Names => Generated.Select(g => g.Name).Append(Sample);

    public static string Text(string name) =>
        name == Sample ? BuiltIns.Sample() : ArticleGenerator.Write(Generated.Single(g => g.Name == name).Bytes);
}
