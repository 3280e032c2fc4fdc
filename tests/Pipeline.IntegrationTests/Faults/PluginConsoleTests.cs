using System.Text.Json;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests.Faults;

/// <summary>
/// A plugin that writes to Console.Out and Console.Error, run by the command line's in-process host, whose
/// standard output carries the results as JSON lines: the plugin's writes must not end up in it (nor, at the
/// default log level, on standard error).
/// </summary>
public sealed class PluginConsoleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docpipe-console-" + Guid.NewGuid().ToString("N")[..12]);

    public PluginConsoleTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_plugins_console_writes_do_not_corrupt_the_command_lines_JSON_lines()
    {
        var chainFile = Path.Combine(_folder, "chain.json");
        await File.WriteAllTextAsync(chainFile, """
            { "steps": [ { "id": "chatty", "plugin": "writes-console", "options": { "message": "PLUGIN-CONSOLE" } }, { "plugin": "whitespace" } ] }
            """);
        string[] documents = [Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "b.txt"), Path.Combine(_folder, "c.txt")];
        foreach (var document in documents)
        {
            await File.WriteAllTextAsync(document, "Some\u00A0text for " + Path.GetFileName(document) + "\n");
        }

        var result = await Docpipe(["process", .. documents, "--plugins", HostFixture.TestPluginsDirectory, "--chain-file", chainFile, "--format", "jsonl"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(documents.Length, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("written", json.RootElement.GetProperty("metadata").GetProperty("console").GetString());
        }

        Assert.DoesNotContain("PLUGIN-CONSOLE", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("PLUGIN-CONSOLE", result.Stderr, StringComparison.Ordinal);
    }

    private static Task<ChildProcess.Result> Docpipe(string[] arguments)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var program = Path.Combine(RepoPaths.Root, "src", "Pipeline.Cli", "bin", configuration, "net10.0", "docpipe.dll");
        Assert.True(File.Exists(program), $"docpipe not built at {program}");
        return ChildProcess.RunAsync("dotnet", [program, .. arguments], timeout: TimeSpan.FromMinutes(2));
    }
}
