namespace Pipeline.Core.Tests.Support;

/// <summary>Where the plugins dropped by the build and the shared samples are.</summary>
internal static class TestPaths
{
    /// <summary>Test plugins: one folder each, as the host would load them.</summary>
    public static string TestPlugins => Path.Combine(AppContext.BaseDirectory, "testplugins");

    /// <summary>ReloadProbe built as version 1 (folder ReloadProbe inside).</summary>
    public static string ReloadV1 => Path.Combine(AppContext.BaseDirectory, "reload-v1", "ReloadProbe");

    /// <summary>ReloadProbe built as version 2.</summary>
    public static string ReloadV2 => Path.Combine(AppContext.BaseDirectory, "reload-v2", "ReloadProbe");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shared sample article, read in place (never copied into the repo).</summary>
    public static string Sample => Path.Combine(RepoRoot, "..", "shared", "samples", "000_2513f709a0890ad6.txt");
}
