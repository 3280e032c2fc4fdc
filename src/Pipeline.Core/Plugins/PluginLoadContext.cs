using System.Reflection;
using System.Runtime.Loader;

namespace Pipeline.Core.Plugins;

/// <summary>
/// The load context of one plugin folder. The plugin's own assemblies resolve through its <c>deps.json</c> and are
/// loaded from private copies (<see cref="PluginFileCopies"/>); the shared assemblies, and what they reference as it
/// is asked for, come from the host's context; anything else (the framework) falls back to the host's context.
/// </summary>
/// <remarks>
/// Copies rather than the folder's files: a mapped file written over in place (<c>cp</c>, <c>File.Copy</c> with
/// overwrite) would change the code of the version still serving. Copies rather than bytes in memory: an image
/// loaded from bytes is private memory twice over (the bytes, then the image laid out to run its ReadyToRun code),
/// where a mapped file costs only the pages that are used, and those are shared.
/// </remarks>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly PluginFileCopies _copies;
    private readonly HashSet<string> _shared;
    private readonly Lock _sharedGate = new();

    public PluginLoadContext(string mainAssemblyPath, IEnumerable<string> sharedAssemblies, bool collectible)
        : base(Path.GetFileNameWithoutExtension(mainAssemblyPath), collectible)
    {
        _resolver = new AssemblyDependencyResolver(mainAssemblyPath);
        _copies = new PluginFileCopies();
        _shared = new HashSet<string>(sharedAssemblies, StringComparer.Ordinal);
        Unloading += _ => _copies.Delete();
    }

    public Assembly LoadMain(string path) => LoadFromAssemblyPath(_copies.Copy(path));

    /// <summary>Unloads a collectible context, whose copies go with it; one that is not collectible keeps them until the process ends.</summary>
    public void Release()
    {
        if (IsCollectible)
        {
            Unload();
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is { } name && IsShared(name))
        {
            try
            {
                var shared = Default.LoadFromAssemblyName(assemblyName);
                // What a shared assembly references is shared too, so that types the host and the plugin exchange
                // through it are one type; learnt as it loads rather than by loading its whole closure up front.
                lock (_sharedGate)
                {
                    foreach (var reference in shared.GetReferencedAssemblies())
                    {
                        if (reference.Name is { } referenced)
                        {
                            _shared.Add(referenced);
                        }
                    }
                }

                return shared;
            }
            catch (Exception ex) when (ex is FileNotFoundException or FileLoadException)
            {
                // The host has no such version: the plugin's own copy, if it carries one.
            }
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(_copies.Copy(path));
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private bool IsShared(string name)
    {
        lock (_sharedGate)
        {
            return _shared.Contains(name);
        }
    }
}
