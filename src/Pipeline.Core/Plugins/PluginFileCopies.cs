using System.Diagnostics;

namespace Pipeline.Core.Plugins;

/// <summary>
/// Private copies of the assemblies one plugin load context loads (with their <c>.pdb</c>, for line numbers in
/// stack traces), in a folder of its own under <c>$TMPDIR/docpipe-plugins/&lt;process id&gt;-&lt;random&gt;</c>. The folder
/// goes when the context unloads, or when the process exits; folders of processes that no longer run are swept
/// the first time a process copies anything.
/// </summary>
internal sealed class PluginFileCopies
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "docpipe-plugins");
    private static readonly List<PluginFileCopies> Live = [];
    private static bool _started;

    private readonly string _folder = Path.Combine(Root, $"{Environment.ProcessId}-{Path.GetRandomFileName()}");
    private readonly Lock _gate = new();
    private bool _created;

    /// <summary>Copies <paramref name="path"/> (and the <c>.pdb</c> beside it) and returns the copy's path.</summary>
    public string Copy(string path)
    {
        lock (_gate)
        {
            if (!_created)
            {
                Start(this);
                Directory.CreateDirectory(_folder);
                _created = true;
            }

            // A context asks for each assembly name once; several files of one name (other cultures) get folders of their own.
            var target = Path.Combine(_folder, Path.GetFileName(path));
            for (var n = 1; File.Exists(target); n++)
            {
                target = Path.Combine(_folder, n.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.GetFileName(path));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            }

            File.Copy(path, target);
            var pdb = Path.ChangeExtension(path, ".pdb");
            if (File.Exists(pdb))
            {
                File.Copy(pdb, Path.ChangeExtension(target, ".pdb"));
            }

            return target;
        }
    }

    /// <summary>Deletes the copies, once the context that loaded them has unloaded.</summary>
    public void Delete()
    {
        lock (Live)
        {
            Live.Remove(this);
        }

        Delete(_folder);
    }

    private static void Start(PluginFileCopies copies)
    {
        lock (Live)
        {
            Live.Add(copies);
            if (_started)
            {
                return;
            }

            _started = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                lock (Live)
                {
                    foreach (var live in Live)
                    {
                        Delete(live._folder);
                    }
                }
            };
            SweepDeadProcesses();
        }
    }

    private static void SweepDeadProcesses()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out var pid) && !IsRunning(pid))
            {
                Delete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still mapped (Windows), or gone already: the sweep of a later process takes it.
        }
    }
}
