using System.Text.Json;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>The README's curl lines, run as written against the host as shipped; only the addresses change.</summary>
public sealed class ReadmeCurlTests(ShippedHostFixture host) : IClassFixture<ShippedHostFixture>
{
    private const string Curl = "/usr/bin/curl";

    [Fact]
    public async Task Every_curl_line_of_the_README_gets_a_JSON_answer_over_HTTP2_and_HTTP1()
    {
        Assert.True(File.Exists(Curl), $"{Curl} is missing; .ci/run installs curl");
        var lines = Readme.CommandsOf("curl");
        Assert.Contains(lines, l => l.Contains("--http2-prior-knowledge http://127.0.0.1:5000/v1/process", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("curl http://127.0.0.1:5080/", StringComparison.Ordinal));

        foreach (var line in lines)
        {
            var command = line
                .Replace("http://127.0.0.1:5000", host.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
                .Replace("http://127.0.0.1:5080", host.Http1Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);

            var result = await ChildProcess.RunAsync("/bin/bash", ["-c", command]);

            Assert.True(result.ExitCode == 0, $"{line}\n{result}");
            using var json = JsonDocument.Parse(result.Stdout);
            var root = json.RootElement;
            if (root.TryGetProperty("code", out var code))
            {
                // The README shows one error on purpose: an unknown chain.
                Assert.Contains("no-such-chain", line, StringComparison.Ordinal);
                Assert.Equal(5, code.GetInt32());
            }
            else if (line.Contains("/v1/process", StringComparison.Ordinal))
            {
                Assert.Equal("Hello world", root.GetProperty("text").GetString());
            }
        }
    }
}
