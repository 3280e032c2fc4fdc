using System.ComponentModel;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// Runs the scripts of examples/node with the machine's Node.js. CI installs Node.js and runs <c>npm ci</c> in
/// examples/node, so a missing one fails the test, never skips it.
/// </summary>
internal static class NodeScripts
{
    public static async Task<ChildProcess.Result> RunAsync(string script, params string[] arguments)
    {
        var grpcJs = Path.Combine(RepoPaths.NodeExamples, "node_modules", "@grpc", "grpc-js");
        Assert.True(Directory.Exists(grpcJs), $"{grpcJs} is missing; run npm ci --prefix examples/node (.ci/run does)");
        return await RunNodeAsync([Path.Combine(RepoPaths.NodeExamples, script), .. arguments]);
    }

    /// <summary>Runs <c>node</c> from the repository root.</summary>
    public static async Task<ChildProcess.Result> RunNodeAsync(IEnumerable<string> arguments)
    {
        try
        {
            return await ChildProcess.RunAsync("node", arguments);
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"node could not be started ({ex.Message}); install Node.js (.ci/run does)");
            throw;
        }
    }
}
