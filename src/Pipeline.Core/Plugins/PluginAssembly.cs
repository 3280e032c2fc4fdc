using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;

namespace Pipeline.Core.Plugins;

/// <summary>
/// One plugin folder loaded into its own context: <c>&lt;folder&gt;/&lt;folder name&gt;.dll</c> and its
/// dependencies, sharing only the contract and the logging abstractions with the host.
/// </summary>
public sealed class PluginAssembly : IDisposable
{
    private readonly PluginLoader _loader;
    private readonly string _copy;

    private PluginAssembly(string folder, string assemblyPath, PluginLoader loader, string copy, IReadOnlyList<LoadedPlugin> plugins, string fingerprint, bool collectible)
    {
        Collectible = collectible;
        Folder = folder;
        AssemblyPath = assemblyPath;
        _loader = loader;
        _copy = copy;
        Plugins = plugins;
        Fingerprint = fingerprint;
    }

    public string Folder { get; }

    public string AssemblyPath { get; }

    /// <summary>Whether <see cref="Dispose"/> unloads the context (see <see cref="Load"/>).</summary>
    public bool Collectible { get; }

    /// <summary>The plugins the assembly exports.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <summary>Size and write time of the main assembly when it was loaded, to tell a real change from a touch.</summary>
    public string Fingerprint { get; }

    /// <summary>The file a plugin folder's main assembly must have.</summary>
    public static string MainAssemblyOf(string folder) =>
        Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".dll");

    public static string FingerprintOf(string assemblyPath)
    {
        var info = new FileInfo(assemblyPath);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : string.Empty;
    }

    /// <summary>Loads a plugin folder. Throws <see cref="PluginLoadException"/> naming the folder and the cause.</summary>
    /// <param name="folder">The plugin folder.</param>
    /// <param name="loggers">Gives plugins whose constructor takes an <see cref="ILogger"/> theirs.</param>
    /// <param name="collectible">
    /// Load into a collectible context, which <see cref="Dispose"/> unloads. The runtime compiles the code of
    /// collectible assemblies without tiered compilation, so without profile-guided optimisation, and reaches
    /// their statics through slower helpers: the built-in news chain runs about a sixth slower that way.
    /// </param>
    /// <param name="trust">When set, every assembly of the folder is hashed and checked before any is loaded.</param>
    public static PluginAssembly Load(string folder, ILoggerFactory loggers, bool collectible = false, PluginTrust? trust = null)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        var path = MainAssemblyOf(folder);
        if (!File.Exists(path))
        {
            throw new PluginLoadException(folder, $"no {Path.GetFileName(path)} in the folder (a plugin folder holds <Name>/<Name>.dll)");
        }

        trust?.Check(folder);

        var fingerprint = FingerprintOf(path);
        string copy;
        PluginLoader loader;
        try
        {
            // Loaded from a private copy of the folder, mapped (see PluginFileCopies). Lazily: what the shared
            // assemblies reference is shared as it is asked for, instead of loading their whole closure up front.
            copy = PluginFileCopies.CopyFolder(folder);
            loader = PluginLoader.CreateFromAssemblyFile(
                MainAssemblyOf(copy),
                isUnloadable: collectible,
                sharedTypes: [typeof(IPlugin), typeof(ILogger)],
                config => config.IsLazyLoaded = true);
        }
        catch (Exception ex)
        {
            throw new PluginLoadException(folder, ex.Message, ex);
        }

        try
        {
            var assembly = loader.LoadDefaultAssembly();
            var plugins = Instantiate(assembly, path, loggers);
            if (plugins.Count == 0)
            {
                throw new PluginLoadException(folder, $"{Path.GetFileName(path)} has no public class implementing {nameof(IPlugin)}");
            }

            return new PluginAssembly(folder, path, loader, copy, plugins, fingerprint, collectible);
        }
        catch (PluginLoadException)
        {
            Release(loader, copy);
            throw;
        }
        catch (Exception ex)
        {
            Release(loader, copy);
            var cause = ex is ReflectionTypeLoadException types ? string.Join("; ", types.LoaderExceptions.Select(e => e?.Message)) : ex.Message;
            throw new PluginLoadException(folder, $"{ex.GetType().Name}: {cause}", ex);
        }
    }

    /// <summary>
    /// Unloads a collectible context; call only when no chain built from these plugins can run any more. A
    /// context that is not collectible stays loaded (its code, not the objects its plugins made) until the process ends.
    /// </summary>
    public void Dispose() => Release(_loader, _copy);

    private static void Release(PluginLoader loader, string copy)
    {
        loader.Dispose();
        if (loader.IsUnloadable)
        {
            // An unloaded context loads nothing more from its copy; a loaded one may still load a dependency it first needs now.
            PluginFileCopies.Delete(copy);
        }
    }

    private static List<LoadedPlugin> Instantiate(Assembly assembly, string path, ILoggerFactory loggers)
    {
        var plugins = new List<LoadedPlugin>();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (type.IsAbstract || type.IsInterface || !typeof(IPlugin).IsAssignableFrom(type))
            {
                continue;
            }

            IPlugin plugin;
            if (type.GetConstructor([typeof(ILogger)]) is { } withLogger)
            {
                plugin = (IPlugin)withLogger.Invoke([new PluginLogger(loggers.CreateLogger(type.FullName ?? type.Name))]);
            }
            else if (type.GetConstructor(Type.EmptyTypes) is { } plain)
            {
                plugin = (IPlugin)plain.Invoke(null);
            }
            else
            {
                throw new PluginLoadException(Path.GetDirectoryName(path)!, $"{type.FullName} needs a public constructor taking nothing or an ILogger");
            }

            if (!PluginNames.IsValid(plugin.Name))
            {
                throw new PluginLoadException(Path.GetDirectoryName(path)!, $"{type.FullName} is named '{plugin.Name}'; plugin names are {PluginNames.Rule}");
            }

            plugins.Add(new LoadedPlugin(plugin, path));
        }

        return plugins;
    }
}
