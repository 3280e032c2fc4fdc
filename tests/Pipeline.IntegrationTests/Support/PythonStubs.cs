namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// Python stubs for the API, generated once per test class into a temp folder with Debian's grpc_tools
/// (never into the repository), with the google/api modules the proto imports beside them. CI installs
/// python3-grpcio, python3-grpc-tools and examples/node's packages, so their absence is a failure, not a
/// reason to skip.
/// </summary>
public sealed class PythonStubs : IAsyncLifetime
{
    public const string Python = "/usr/bin/python3";

    /// <summary>Why the stubs could not be generated; null when they were.</summary>
    public string? Problem { get; private set; }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "docpipe-pystubs-" + Guid.NewGuid().ToString("N")[..12]);

    public async Task InitializeAsync()
    {
        if (!File.Exists(Python))
        {
            Problem = $"{Python} is missing";
            return;
        }

        var modules = await ChildProcess.RunAsync(Python, ["-c", "import grpc, grpc_tools"]);
        if (modules.ExitCode != 0)
        {
            Problem = $"{Python} cannot import grpc and grpc_tools; install python3-grpcio and python3-grpc-tools (.ci/run does)\n{modules}";
            return;
        }

        if (!File.Exists(Path.Combine(RepoPaths.GoogleApiProtos, "google", "api", "annotations.proto")))
        {
            Problem = $"google/api/annotations.proto not found under {RepoPaths.GoogleApiProtos}; run npm ci in examples/node (.ci/run does)";
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        // The google/api modules are generated too: on Debian `google` is a namespace package, so they join the system's google.protobuf.
        var protoc = await ChildProcess.RunAsync(
            Python,
            [
                "-m", "grpc_tools.protoc", "-I", RepoPaths.Protos, "-I", RepoPaths.GoogleApiProtos,
                $"--python_out={Directory}", $"--grpc_python_out={Directory}",
                "docpipe/v1/pipeline.proto", "google/api/annotations.proto", "google/api/http.proto",
            ]);
        if (protoc.ExitCode != 0 || !File.Exists(Path.Combine(Directory, "docpipe", "v1", "pipeline_pb2_grpc.py")))
        {
            Problem = $"grpc_tools.protoc failed\n{protoc}";
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort.
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs a script of examples/python with the stubs on its path; fails the test when the stubs are missing.</summary>
    public async Task<ChildProcess.Result> RunScriptAsync(string script, params string[] arguments)
    {
        Assert.True(Problem is null, Problem);
        return await ChildProcess.RunAsync(
            Python,
            [Path.Combine(RepoPaths.PythonExamples, script), .. arguments],
            environment: new Dictionary<string, string>
            {
                ["PYTHONPATH"] = Directory,
                ["PYTHONIOENCODING"] = "utf-8",
                ["PYTHONDONTWRITEBYTECODE"] = "1",
            });
    }
}
