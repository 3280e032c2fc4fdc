using System.Reflection;
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
    // The contract, and the logging abstractions a plugin's constructor may take an ILogger from.
    private static readonly string[] SharedAssemblies = [typeof(IPlugin).Assembly.GetName().Name!, typeof(ILogger).Assembly.GetName().Name!];

    private readonly PluginLoadContext _context;

    private PluginAssembly(string folder, string assemblyPath, PluginLoadContext context, IReadOnlyList<LoadedPlugin> plugins, string fingerprint, bool collectible)
    {
        Collectible = collectible;
        Folder = folder;
        AssemblyPath = assemblyPath;
        _context = context;
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
        PluginLoadContext context;
        try
        {
            context = new PluginLoadContext(path, SharedAssemblies, collectible);
        }
        catch (Exception ex)
        {
            throw new PluginLoadException(folder, ex.Message, ex);
        }

        try
        {
            var assembly = context.LoadMain(path);
            var plugins = Instantiate(assembly, path, loggers);
            if (plugins.Count == 0)
            {
                throw new PluginLoadException(folder, $"{Path.GetFileName(path)} has no public class implementing {nameof(IPlugin)}");
            }

            return new PluginAssembly(folder, path, context, plugins, fingerprint, collectible);
        }
        catch (PluginLoadException)
        {
            context.Release();
            throw;
        }
        catch (Exception ex)
        {
            context.Release();
            var cause = ex is ReflectionTypeLoadException types ? string.Join("; ", types.LoaderExceptions.Select(e => e?.Message)) : ex.Message;
            throw new PluginLoadException(folder, $"{ex.GetType().Name}: {cause}", ex);
        }
    }

    /// <summary>
    /// Unloads a collectible context; call only when no chain built from these plugins can run any more. A
    /// context that is not collectible stays loaded (its code, not the objects its plugins made) until the process ends.
    /// </summary>
    public void Dispose() => _context.Release();

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
