using System.Text.Json;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>The Node example client (examples/node/docpipe-client.js) against the real host, and the host as shipped.</summary>
[Collection(SharedHost.Name)]
public sealed class NodeClientTests(HostFixture host, ShippedHostFixture shipped) : IClassFixture<ShippedHostFixture>
{
    private static readonly string[] StreamFiles = ["a-sample.txt", "b-too-large.txt", "c-astral.txt", "d-empty.txt"];

    [Fact]
    public async Task The_Node_client_processes_a_file_through_a_chain_and_prints_the_reply_as_JSON()
    {
        var result = await NodeScripts.RunAsync("docpipe-client.js", "process", RepoPaths.Sample, "--chain", "news", "--server", host.HostAndPort);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var reply = json.RootElement;
        Assert.Equal(Path.GetFileName(RepoPaths.Sample), reply.GetProperty("document_id").GetString());
        Assert.Equal("news", reply.GetProperty("chain").GetString());
        var text = reply.GetProperty("text").GetString()!;
        Assert.StartsWith(RepoPaths.SampleTitle(), text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', text);
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("error").ValueKind);
        Assert.All(reply.GetProperty("steps").EnumerateArray(), step => Assert.Equal("STEP_STATUS_OK", step.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_Node_client_streams_a_folder_with_one_reply_per_document_in_order_and_reports_a_failed_one_alone()
    {
        var folder = Path.Combine(host.TempDirectory, "node-stream-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.Copy(RepoPaths.Sample, Path.Combine(folder, "a-sample.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "b-too-large.txt"), new string('a', HostFixture.MaxDocumentBytes + 1));
        await File.WriteAllTextAsync(Path.Combine(folder, "c-astral.txt"), "QR code\n𝒜\u00A0mark 😀\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "d-empty.txt"), string.Empty);

        var result = await NodeScripts.RunAsync("docpipe-client.js", "stream", folder, "--server", host.HostAndPort);

        Assert.True(result.ExitCode == 1, "one document failed, so the exit code is 1\n" + result);
        var replies = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).ToList();
        try
        {
            Assert.Equal(StreamFiles, replies.Select(r => r.RootElement.GetProperty("document_id").GetString()));
            var errors = replies.Select(r => r.RootElement.GetProperty("error")).ToList();
            Assert.Equal([JsonValueKind.Null, JsonValueKind.Object, JsonValueKind.Null, JsonValueKind.Null], errors.Select(e => e.ValueKind));
            Assert.Equal(3, errors[1].GetProperty("code").GetInt32());
            Assert.Contains("Pipeline:MaxDocumentBytes", errors[1].GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("𝒜 mark 😀\n", replies[2].RootElement.GetProperty("text").GetString());
            Assert.Contains("b-too-large.txt: INVALID_ARGUMENT: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("4 documents, 1 failed", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            replies.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task The_Node_client_asks_the_shipped_news_chain_for_people_and_quotes_without_their_text()
    {
        var result = await NodeScripts.RunAsync("docpipe-client.js", "process", RepoPaths.Sample, "--chain", "news", "--types", "person,quote", "--no-annotation-text", "--server", shipped.Address.Authority);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var annotations = json.RootElement.GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(["person", "quote"], annotations.Select(a => a.GetProperty("type").GetString()).Distinct().Order());
        Assert.All(annotations, a => Assert.Equal(string.Empty, a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_Node_client_lists_plugins_with_their_option_schemas_as_JSON()
    {
        var result = await NodeScripts.RunAsync("docpipe-client.js", "list-plugins", "--server", host.HostAndPort);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var plugins = json.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("cleaner", plugins["qr-code"].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Object, plugins["marker"].GetProperty("options_schema").GetProperty("properties").ValueKind);
    }

    [Fact]
    public async Task An_unknown_chain_makes_the_Node_client_exit_2_with_the_status_name_and_message()
    {
        var result = await NodeScripts.RunAsync("docpipe-client.js", "process", RepoPaths.Sample, "--chain", "no-such-chain", "--server", host.HostAndPort);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("NOT_FOUND: unknown chain 'no-such-chain'", result.Stderr, StringComparison.Ordinal);
    }
}
