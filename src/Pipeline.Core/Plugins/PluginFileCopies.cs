using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Core.Plugins;

/// <summary>
/// Private copies of the assemblies one plugin load context loads (with their <c>.pdb</c>, for line numbers in
/// stack traces), in a folder of its own inside the process's <c>$TMPDIR/docpipe-plugins-&lt;process id&gt;-&lt;random&gt;</c>.
/// That folder is made by <see cref="Directory.CreateTempSubdirectory"/>: a new name, readable by this user alone,
/// so that nobody else sharing the temporary directory can swap a copy before it loads. A context's folder goes
/// when it unloads, the process's when the process exits; those of processes that no longer run are swept.
/// </summary>
internal sealed class PluginFileCopies
{
    private const string Prefix = "docpipe-plugins-";
    private static readonly Lazy<string> ProcessFolder = new(CreateProcessFolder);

    private readonly Lock _gate = new();
    private string? _folder;

    /// <summary>Copies <paramref name="path"/> (and the <c>.pdb</c> beside it) and returns the copy's path.</summary>
    public string Copy(string path)
    {
        lock (_gate)
        {
            _folder ??= Directory.CreateDirectory(Path.Combine(ProcessFolder.Value, Path.GetRandomFileName())).FullName;

            // A context asks for each assembly name once; files of one name for other cultures get folders of their own.
            var target = Path.Combine(_folder, Path.GetFileName(path));
            for (var n = 1; File.Exists(target); n++)
            {
                target = Path.Combine(_folder, n.ToString(CultureInfo.InvariantCulture), Path.GetFileName(path));
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
        lock (_gate)
        {
            if (_folder is not null)
            {
                TryDelete(_folder);
            }
        }
    }

    private static string CreateProcessFolder()
    {
        SweepDeadProcesses();
        var folder = Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    }

    private static void SweepDeadProcesses()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var name = Path.GetFileName(folder).AsSpan(Prefix.Length);
            var dash = name.IndexOf('-');
            if (dash > 0 && int.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                // Another user's folder stays: deleting it fails, which is as it should be.
                TryDelete(folder);
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
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still mapped (Windows), someone else's, or gone already: a later sweep takes what is left.
        }
    }
}
