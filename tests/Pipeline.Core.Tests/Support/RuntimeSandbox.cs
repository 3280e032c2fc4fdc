using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Core.Runtime;
using Xunit.Abstractions;

namespace Pipeline.Core.Tests.Support;

/// <summary>
/// A fresh temporary directory holding a plugins directory and a chains file, and a
/// <see cref="PipelineRuntime"/> started on them. Records what the runtime reported and lets a test wait
/// for a matching report. Disposing stops the runtime and deletes the directory.
/// </summary>
internal sealed class RuntimeSandbox : IAsyncDisposable
{
    /// <summary>How long to wait for a watcher-driven reload on a loaded machine before giving up.</summary>
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);

    private readonly Lock _gate = new();
    private readonly List<(Func<PipelineSnapshot, bool> Match, TaskCompletionSource<PipelineSnapshot> Done)> _reloadWaiters = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Done)> _refusalWaiters = [];
    private readonly List<string> _history = [];

    public RuntimeSandbox(ITestOutputHelper? output)
    {
        Root = Path.Combine(Path.GetTempPath(), "docpipe-loading-" + Guid.NewGuid().ToString("N")[..12]);
        PluginsDirectory = Path.Combine(Root, "plugins");
        ChainsFile = Path.Combine(Root, "chains.json");
        Directory.CreateDirectory(PluginsDirectory);
        Logging = TestOutputLogging.Create(output);
    }

    public string Root { get; }

    public string PluginsDirectory { get; }

    public string ChainsFile { get; }

    public TestOutputLogging Logging { get; }

    public PipelineRuntime Runtime => _runtime ?? throw new InvalidOperationException("Start the runtime first.");

    private PipelineRuntime? _runtime;

    /// <summary>What the runtime reported so far (reloads and refusals), for failure messages.</summary>
    public string History
    {
        get
        {
            lock (_gate)
            {
                return _history.Count == 0 ? "(nothing)" : string.Join(" | ", _history);
            }
        }
    }

    /// <summary>Copies a plugin folder (as built) into the plugins directory; returns the new folder.</summary>
    public string AddPlugin(string builtFolder, string? name = null)
    {
        var target = Path.Combine(PluginsDirectory, name ?? Path.GetFileName(builtFolder));
        CopyFolder(builtFolder, target);
        return target;
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Writes the chains file in place, as a plain <c>File.WriteAllText</c> does.</summary>
    public void WriteChains(string json) => File.WriteAllText(ChainsFile, json);

    /// <summary>Writes the chains file the way many editors save: a temporary file renamed over the old one.</summary>
    public void ReplaceChains(string json)
    {
        var temp = Path.Combine(Root, "chains.json.tmp-" + Guid.NewGuid().ToString("N")[..6]);
        File.WriteAllText(temp, json);
        File.Move(temp, ChainsFile, overwrite: true);
    }

    public PipelineRuntime Start(bool watch = true, bool collectible = false, PluginTrust? trust = null)
    {
        var options = new PipelineRuntimeOptions
        {
            ChainsFile = ChainsFile,
            Watch = watch,
            CollectiblePlugins = collectible,
            Trust = trust,
            ReloadDelay = TimeSpan.FromMilliseconds(100),
            PluginDirectories = { PluginsDirectory },
        };
        var runtime = PipelineRuntime.Start(options, Logging.Factory);
        runtime.Reloaded += OnReloaded;
        runtime.ReloadRefused += OnRefused;
        _runtime = runtime;
        return runtime;
    }

    /// <summary>
    /// A task completing with the first snapshot swapped in from now on that matches. Call it before
    /// making the change, then await it.
    /// </summary>
    public Task<PipelineSnapshot> NextReload(Func<PipelineSnapshot, bool> match, string what)
    {
        var done = new TaskCompletionSource<PipelineSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _reloadWaiters.Add((match, done));
        }

        return WithTimeout(done.Task, $"no reload with {what} within {EventTimeout.TotalSeconds} s");
    }

    /// <summary>A task completing with the first refusal from now on whose reason matches.</summary>
    public Task<string> NextRefusal(Func<string, bool> match, string what)
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _refusalWaiters.Add((match, done));
        }

        return WithTimeout(done.Task, $"no refusal {what} within {EventTimeout.TotalSeconds} s");
    }

    /// <summary>Runs one request the way the host does: lease the current snapshot, run a chain, release.</summary>
    public async Task<ChainResult> RunAsync(string chain, string text = "some text")
    {
        using var lease = Runtime.Acquire();
        return await RunOnAsync(lease.Snapshot, chain, text);
    }

    public static Task<ChainResult> RunOnAsync(PipelineSnapshot snapshot, string chain, string text = "some text")
    {
        var found = snapshot.Chains.Find(chain) ?? throw new InvalidOperationException($"chain '{chain}' is not in configuration version {snapshot.Version}");
        return found.RunAsync(new DocumentInput { Text = text }, trace: false, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_runtime is { } runtime)
        {
            runtime.Reloaded -= OnReloaded;
            runtime.ReloadRefused -= OnRefused;

            // Dispose waits for a reload in progress; guard so that a hang becomes a failure, not a stuck run.
            // Let a reload still running (the one whose event the test awaited) end first: ReloadAllAsync
            // queues behind it on the runtime's reload gate.
            var disposing = Task.Run(async () =>
            {
                await runtime.ReloadAllAsync();
                runtime.Dispose();
            });
            try
            {
                await disposing.WaitAsync(EventTimeout);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException(
                    $"PipelineRuntime.Dispose did not return within {EventTimeout.TotalSeconds} s (a reload was probably running when it was called). Reported: {History}");
            }
            finally
            {
                DeleteRoot();
            }
        }
        else
        {
            DeleteRoot();
        }

        Logging.Factory.Dispose();
    }

    private void DeleteRoot()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(Root))
                {
                    Directory.Delete(Root, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static async Task<T> WithTimeout<T>(Task<T> task, string message)
    {
        try
        {
            return await task.WaitAsync(EventTimeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(message, ex);
        }
    }

    private void OnReloaded(object? sender, PipelineSnapshot snapshot)
    {
        List<TaskCompletionSource<PipelineSnapshot>> matched = [];
        lock (_gate)
        {
            _history.Add($"reloaded v{snapshot.Version} [{string.Join(", ", snapshot.Plugins.All.Select(p => p.Name + " " + p.Version))}] chains [{string.Join(", ", snapshot.Chains.Chains.Select(c => c.Name))}]");
            for (var i = _reloadWaiters.Count - 1; i >= 0; i--)
            {
                if (_reloadWaiters[i].Match(snapshot))
                {
                    matched.Add(_reloadWaiters[i].Done);
                    _reloadWaiters.RemoveAt(i);
                }
            }
        }

        foreach (var done in matched)
        {
            done.TrySetResult(snapshot);
        }
    }

    private void OnRefused(object? sender, string reason)
    {
        List<TaskCompletionSource<string>> matched = [];
        lock (_gate)
        {
            _history.Add("refused: " + reason);
            for (var i = _refusalWaiters.Count - 1; i >= 0; i--)
            {
                if (_refusalWaiters[i].Match(reason))
                {
                    matched.Add(_refusalWaiters[i].Done);
                    _refusalWaiters.RemoveAt(i);
                }
            }
        }

        foreach (var done in matched)
        {
            done.TrySetResult(reason);
        }
    }
}
