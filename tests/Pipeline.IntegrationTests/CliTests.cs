using System.Text.Json;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>The <c>docpipe</c> command line, run from its build folder as a separate process, in-process and against the test host.</summary>
[Collection(SharedHost.Name)]
public sealed class CliTests(HostFixture host) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docpipe-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WithoutAServerProcessRunsTheNewsChainInProcessAndWritesOneJsonLine()
    {
        var result = await Docpipe("process", RepoPaths.Sample, "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(Lines(result.Stdout));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(RepoPaths.Sample, root.GetProperty("documentId").GetString());
        Assert.Equal("news", root.GetProperty("chain").GetString());
        Assert.Equal("en", root.GetProperty("metadata").GetProperty("language").GetString());
        var types = root.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "person", "quote", "sentence", "keyword" }, types);
        Assert.Contains("in-process", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypesAndNoAnnotationTextTrimEachResultToThoseTypesWithoutTheirText()
    {
        var result = await Docpipe("process", RepoPaths.Sample, "--format", "jsonl", "--types", "person,quote", "--no-annotation-text");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(Lines(result.Stdout)));
        var annotations = json.RootElement.GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(["person", "quote"], annotations.Select(a => a.GetProperty("type").GetString()).Distinct().Order());
        Assert.All(annotations, a => Assert.False(a.TryGetProperty("text", out _), a.ToString()));
    }

    [Fact]
    public async Task ManyFilesStreamInOrderAndAFailedDocumentIsReportedWhileTheRestGoOn()
    {
        var names = new[] { "a-harbour.txt", "b-too-big.txt", "c-ferry.txt", "d-lighthouse.txt" };
        await File.WriteAllTextAsync(Path.Combine(_folder, names[0]), "The harbour  opened at dawn.");
        await File.WriteAllTextAsync(Path.Combine(_folder, names[1]), new string('x', HostFixture.MaxDocumentBytes + 1));
        await File.WriteAllTextAsync(Path.Combine(_folder, names[2]), "The ferry\u00A0left late.");
        await File.WriteAllTextAsync(Path.Combine(_folder, names[3]), "The lighthouse keeper waved.");

        var result = await Docpipe("process", _folder, "--server", host.HostAndPort, "--chain", "news", "--format", "jsonl");

        Assert.True(result.ExitCode == 1, result.ToString());
        var replies = Lines(result.Stdout).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(names, replies.Select(r => Path.GetFileName(r.GetProperty("documentId").GetString())));
        var failed = Assert.Single(replies, r => r.TryGetProperty("error", out _));
        Assert.EndsWith(names[1], failed.GetProperty("documentId").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, failed.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("MaxDocumentBytes", failed.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("The harbour opened at dawn.", replies[0].GetProperty("text").GetString());
        Assert.Equal("The ferry left late.", replies[2].GetProperty("text").GetString());
        Assert.Contains("4 documents, 1 failed", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginsAndChainsListWhatTheServerHasLoaded()
    {
        var plugins = await Docpipe("plugins", "--server", host.HostAndPort, "--format", "jsonl");
        var chains = await Docpipe("chains", "--server", host.HostAndPort, "--format", "jsonl");

        Assert.True(plugins.ExitCode == 0, plugins.ToString());
        Assert.Contains("throws", Lines(plugins.Stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("name").GetString()));
        Assert.Equal(HostFixture.ChainNames.Order(), Lines(chains.Stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task TheShippedChainsFileValidatesInProcess()
    {
        var result = await Docpipe("validate", Path.Combine(RepoPaths.Root, "src", "Pipeline.Host", "chains.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("is valid", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ValidateLocatesEveryErrorByPathAndLineInProcessAndOnAServer(bool onServer)
    {
        var file = Path.Combine(_folder, "chains.json");
        await File.WriteAllTextAsync(file, """
            {
              "defaultChain": "tidy",
              "chains": {
                "tidy": {
                  "steps": [
                    { "plugin": "whitespace" },
                    { "plugin": "no-such-plugin" },
                    { "plugin": "lead", "options": { "sentences": "three" } }
                  ]
                }
              }
            }
            """);

        var result = onServer ? await Docpipe("validate", file, "--server", host.HostAndPort) : await Docpipe("validate", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        var errors = Lines(result.Stdout);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith($"{file}:7:", errors[0], StringComparison.Ordinal);
        Assert.Contains("no-such-plugin", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:8:", errors[1], StringComparison.Ordinal);
        Assert.Contains("sentences", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidInlineChainIsRefusedBeforeAnyDocumentIsSent()
    {
        var chain = Path.Combine(_folder, "chain.json");
        var document = Path.Combine(_folder, "doc.txt");
        await File.WriteAllTextAsync(chain, """{ "steps": [ { "plugin": "whitespace", "options": { "straightenQuotes": 3 } } ] }""");
        await File.WriteAllTextAsync(document, "Quiet harbour.");

        var result = await Docpipe("process", document, "--chain-file", chain, "--server", host.HostAndPort, "--format", "jsonl");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(Lines(result.Stdout));
        Assert.Contains("straightenQuotes", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 1", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFileIsAUsageErrorNamingIt()
    {
        var result = await Docpipe("process", Path.Combine(_folder, "nowhere.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.txt", result.Stderr, StringComparison.Ordinal);
    }

    private static List<string> Lines(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>docpipe from src/Pipeline.Cli's build folder, in the configuration these tests were built in.</summary>
    private static Task<ChildProcess.Result> Docpipe(params string[] arguments)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var program = Path.Combine(RepoPaths.Root, "src", "Pipeline.Cli", "bin", configuration, "net10.0", "docpipe.dll");
        Assert.True(File.Exists(program), $"docpipe not built at {program}");
        return ChildProcess.RunAsync("dotnet", [program, .. arguments], timeout: TimeSpan.FromMinutes(2));
    }
}
