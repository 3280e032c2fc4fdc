using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Core.Plugins;

/// <summary>
/// Private copies of plugin folders, each in a folder of its own inside the process's
/// <c>$TMPDIR/docpipe-plugins-&lt;process id&gt;-&lt;random&gt;</c>. That folder is made by
/// <see cref="Directory.CreateTempSubdirectory"/>: a new name, readable by this user alone, so that nobody else
/// sharing the temporary directory can swap a copy before it loads. A copy goes when its plugins unload, the
/// process's folder when the process exits; those of processes that no longer run are swept.
/// </summary>
/// <remarks>
/// Copies rather than the folder's files: a mapped file written over in place (<c>cp</c>, <c>File.Copy</c> with
/// overwrite) would change the code of the version still serving. Copies rather than bytes in memory: an image
/// loaded from bytes is private memory twice over (the bytes, then the image laid out to run its ReadyToRun
/// code), where a mapped file costs only the pages that are used, and those are shared.
/// </remarks>
internal static class PluginFileCopies
{
    private const string Prefix = "docpipe-plugins-";
    private static readonly Lazy<string> ProcessFolder = new(CreateProcessFolder);

    /// <summary>Copies the plugin folder, every file beneath it, and returns the copy's path.</summary>
    public static string CopyFolder(string folder)
    {
        var copy = Directory.CreateDirectory(Path.Combine(ProcessFolder.Value, Path.GetRandomFileName(), Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)))).FullName;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>Deletes a copy made by <see cref="CopyFolder"/>, once nothing more loads from it.</summary>
    public static void Delete(string copy) => TryDelete(Path.GetDirectoryName(copy)!);

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
