using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>The proto against buf's STANDARD lint rules (buf.yaml at the repository root; buf from npm, in examples/node).</summary>
public sealed class ProtoLintTests
{
    private static readonly string Buf = Path.Combine(RepoPaths.NodeExamples, "node_modules", "@bufbuild", "buf", "bin", "buf");

    [Fact]
    public async Task The_proto_passes_buf_lint_with_the_STANDARD_rules()
    {
        var result = await RunBufAsync("lint");

        Assert.True(result.ExitCode == 0 && result.Stdout.Trim().Length == 0, result.ToString());
    }

    [Fact]
    public async Task Buf_lints_the_API_proto_and_resolves_the_google_api_protos_it_imports_locally()
    {
        var result = await RunBufAsync("ls-files");

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("protos/docpipe/v1/pipeline.proto", files);
        Assert.Contains(files, f => f.EndsWith("google-proto-files/google/api/annotations.proto", StringComparison.Ordinal));
    }

    private static async Task<ChildProcess.Result> RunBufAsync(string command)
    {
        Assert.True(File.Exists(Buf), $"{Buf} is missing; run npm ci --prefix examples/node (.ci/run does)");
        return await NodeScripts.RunNodeAsync([Buf, command]);
    }
}
