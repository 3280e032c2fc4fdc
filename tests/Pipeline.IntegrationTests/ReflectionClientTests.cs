using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>A generic client with no proto file (examples/node/reflection.js, grpc-js-reflection-client) against the real host.</summary>
[Collection(SharedHost.Name)]
public sealed class ReflectionClientTests(HostFixture host)
{
    [Fact]
    public async Task A_client_without_the_proto_files_finds_the_service_through_reflection_and_calls_it()
    {
        var result = await NodeScripts.RunAsync("reflection.js", host.HostAndPort);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("services: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("docpipe.v1.PipelineService", lines[0], StringComparison.Ordinal);
        Assert.Contains("grpc.health.v1.Health", lines[0], StringComparison.Ordinal);
        Assert.Equal("docpipe.v1.PipelineService: Process, ProcessStream, ListPlugins, ListChains, ValidateChain", lines[1]);
        Assert.Equal($"chains: {string.Join(", ", HostFixture.ChainNames)} (default news)", lines[2]);
        Assert.Equal("Process: \"Hello reflection\" by chain news in 2 steps", lines[3]);
    }
}
