namespace Pipeline.Plugins.Tests;

/// <summary>Finds the repository from the test's output folder, wherever the repository was cloned.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>The shared samples sit beside the repository, not in it.</summary>
    public static string Samples => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "samples"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pipeline.sln")) || Directory.Exists(System.IO.Path.Combine(dir.FullName, ".git")) || File.Exists(System.IO.Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Pipeline.sln or .git above {AppContext.BaseDirectory}");
    }
}
