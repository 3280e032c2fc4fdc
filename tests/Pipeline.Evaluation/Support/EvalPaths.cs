namespace Pipeline.Evaluation.Support;

/// <summary>Where the evaluation data lives: read in place from ../shared beside the repository, never copied.</summary>
public static class EvalPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string RepoRoot => RootPath.Value;

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Sample => Path.Combine(Shared, "samples", "000_2513f709a0890ad6.txt");

    public static string Eval(params string[] parts) => Path.Combine([Shared, "eval", .. parts]);

    /// <summary>Our own label files, copied beside the tool.</summary>
    public static string Label(string name) => Path.Combine(AppContext.BaseDirectory, "Labels", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Pipeline.sln above {AppContext.BaseDirectory}");
    }
}
