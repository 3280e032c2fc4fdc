namespace Pipeline.IntegrationTests.Support;

/// <summary>Runs the dotnet CLI the way a plugin author would, and fails the test with its output when a command fails.</summary>
internal static class DotnetCli
{
    /// <summary>Restores, builds and packs on a loaded two-core machine take minutes, not seconds.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    public static async Task RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var result = await ChildProcess.RunAsync(Executable, arguments, workingDirectory, environment, CommandTimeout);
        Assert.True(result.ExitCode == 0, $"`dotnet {string.Join(' ', arguments)}` in {workingDirectory} failed:\n{result}");
    }
}
