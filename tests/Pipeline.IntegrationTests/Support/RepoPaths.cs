namespace Pipeline.IntegrationTests.Support;

/// <summary>Where the repository, its protos and examples, and the shared samples beside it are.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the first folder above the test binaries that holds <c>Pipeline.sln</c>.</summary>
    public static string Root => RootPath.Value;

    public static string Protos => Path.Combine(Root, "protos");

    public static string PythonExamples => Path.Combine(Root, "examples", "python");

    public static string NodeExamples => Path.Combine(Root, "examples", "node");

    /// <summary>
    /// The google/api protos the API imports (annotations.proto, http.proto), for every client that is not .NET:
    /// npm's google-proto-files, installed by <c>npm ci</c> in examples/node (.ci/run does).
    /// </summary>
    public static string GoogleApiProtos => Path.Combine(NodeExamples, "node_modules", "google-proto-files");

    /// <summary>The shared samples, kept beside the repository (<c>../shared/samples</c>), never inside it.</summary>
    public static string Samples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));

    /// <summary>The scraped news article the default chain is made for.</summary>
    public static string Sample => Path.Combine(Samples, "000_2513f709a0890ad6.txt");

    /// <summary>A chain of the host's shipped chains file, as the JSON of an inline chain.</summary>
    public static string ShippedChainJson(string name) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "src", "Pipeline.Host", "chains.json")))!["chains"]![name]!.ToJsonString();

    /// <summary>The sample's text, read at test time; a missing sample fails the test with where it was looked for.</summary>
    public static string ReadSample()
    {
        Assert.True(File.Exists(Sample), $"sample article not found at {Sample} (../shared/samples beside the repository)");
        return File.ReadAllText(Sample);
    }

    /// <summary>The sample's first line after the scraper's QR-code artifact: its title, which the cleaned text must start with.</summary>
    public static string SampleTitle() =>
        ReadSample().Split('\n').Select(line => line.Trim()).First(line => line.Length > 0 && !line.StartsWith("QR code", StringComparison.OrdinalIgnoreCase));

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
