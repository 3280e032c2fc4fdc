using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// The host as its own process: the built <c>Pipeline.Host.dll</c> from src/Pipeline.Host's build folder,
/// started with <c>dotnet</c> on a free loopback port, its standard output read line by line so that a test
/// can wait for what it logs.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private string? _folder;
    private readonly SemaphoreSlim _lineArrived = new(0);

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string Output => string.Join('\n', _lines);

    public static async Task<HostProcess> StartAsync(params string[] arguments)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var program = Path.Combine(RepoPaths.Root, "src", "Pipeline.Host", "bin", configuration, "net10.0", "Pipeline.Host.dll");
        Assert.True(File.Exists(program), $"the host is not built at {program}");
        var address = new Uri($"http://127.0.0.1:{FreePort.Find()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(program)!,
        };
        foreach (var argument in (string[])[program, "--urls", address.ToString(), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the host"), address);
        await host.WaitForLineAsync(line => line.Contains("Now listening on", StringComparison.Ordinal));
        return host;
    }

    /// <summary>Starts a host with the test plugins and <paramref name="chainsJson"/> as its chains file, in a scratch folder removed with the host.</summary>
    public static async Task<HostProcess> StartWithChainsAsync(string chainsJson, params string[] arguments)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "docpipe-process-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        var chainsFile = Path.Combine(folder, "chains.json");
        await File.WriteAllTextAsync(chainsFile, chainsJson);
        try
        {
            var host = await StartAsync([$"--Pipeline:ChainsFile={chainsFile}", $"--Pipeline:PluginDirectories:0={HostFixture.TestPluginsDirectory}", .. arguments]);
            host._folder = folder;
            return host;
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>Waits for a line of output matching <paramref name="match"/>, seen before or after the call; fails with the output after the guard.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan? guard = null)
    {
        using var timeout = new CancellationTokenSource(guard ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                Assert.Fail($"the host exited with {_process.ExitCode} before the line expected:\n{Output}");
            }

            try
            {
                await _lineArrived.WaitAsync(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"the line expected never came:\n{Output}");
            }
        }
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd stops a service (Process.Kill would be SIGKILL).</summary>
    public async Task TerminateAsync()
    {
        var kill = await ChildProcess.RunAsync("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(kill.ExitCode == 0, kill.ToString());
    }

    public async Task<int> WaitForExitAsync(TimeSpan guard)
    {
        using var timeout = new CancellationTokenSource(guard);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the host did not exit within {guard}:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _lineArrived.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
            _lineArrived.Release();
        }
    }
}
