using System.Text.Json;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>The Python example client (examples/python) against the real host, and the host as shipped: offsets and the CLI.</summary>
[Collection(SharedHost.Name)]
public sealed class PythonClientTests(HostFixture host, PythonStubs stubs, ShippedHostFixture shipped) : IClassFixture<PythonStubs>, IClassFixture<ShippedHostFixture>
{
    private static readonly string[] StreamFiles = ["a-sample.txt", "b-astral.txt", "c-empty.txt"];

    [Fact]
    public async Task The_Python_offset_check_passes_with_plain_Python_slicing()
    {
        var result = await stubs.RunScriptAsync("check_offsets.py", "--server", host.HostAndPort);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("5 annotations checked, 0 failures", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Python_client_processes_a_file_and_prints_JSON()
    {
        var result = await stubs.RunScriptAsync("docpipe_client.py", "process", RepoPaths.Sample, "--server", host.HostAndPort);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("news", root.GetProperty("chain").GetString());
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith(RepoPaths.SampleTitle(), text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', text);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("metadata").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("annotations").ValueKind);
    }

    [Fact]
    public async Task The_Python_client_asks_the_shipped_news_chain_for_people_and_quotes_without_their_text()
    {
        var result = await stubs.RunScriptAsync("docpipe_client.py", "process", RepoPaths.Sample, "--chain", "news", "--types", "person,quote", "--no-annotation-text", "--server", shipped.Address.Authority);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var annotations = json.RootElement.GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(["person", "quote"], annotations.Select(a => a.GetProperty("type").GetString()).Distinct().Order());
        Assert.All(annotations, a => Assert.Equal(string.Empty, a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_Python_client_lists_plugins_as_JSON()
    {
        var result = await stubs.RunScriptAsync("docpipe_client.py", "--server", host.HostAndPort, "list-plugins");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var plugins = json.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("cleaner", plugins["qr-code"].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Object, plugins["marker"].GetProperty("options_schema").ValueKind);
    }

    [Fact]
    public async Task The_Python_client_streams_a_folder_and_prints_one_reply_per_file_in_order()
    {
        var folder = Path.Combine(host.TempDirectory, "stream-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.Copy(RepoPaths.Sample, Path.Combine(folder, "a-sample.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "b-astral.txt"), "QR code\n𝒜\u00A0mark 😀\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "c-empty.txt"), string.Empty);

        var result = await stubs.RunScriptAsync("docpipe_client.py", "stream", folder, "--server", host.HostAndPort);

        Assert.True(result.ExitCode == 0, result.ToString());
        var replies = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).ToList();
        try
        {
            Assert.Equal(StreamFiles, replies.Select(r => r.RootElement.GetProperty("document_id").GetString()));
            Assert.All(replies, r => Assert.False(r.RootElement.TryGetProperty("error", out _)));
            Assert.Equal("𝒜 mark 😀\n", replies[1].RootElement.GetProperty("text").GetString());
            Assert.Contains("3 documents, 0 failed", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            replies.ForEach(r => r.Dispose());
        }
    }
}
