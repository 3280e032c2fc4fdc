using System.Security.Cryptography;

namespace Pipeline.Core.Plugins;

/// <summary>
/// The allow-list of plugin assemblies: every <c>.dll</c> in a plugin folder must be pinned by its SHA-256,
/// keyed by its path relative to the plugin directory (<c>QrCodeCleaner/QrCodeCleaner.dll</c>, as
/// <c>sha256sum */*.dll</c> prints it). A folder with any file unlisted or changed is refused before
/// anything of it is loaded.
/// </summary>
public sealed class PluginTrust
{
    private readonly Dictionary<string, string> _pins;

    public PluginTrust(IEnumerable<KeyValuePair<string, string>> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        _pins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, hash) in pins)
        {
            _pins[Normalize(file)] = hash.Trim().ToLowerInvariant();
        }
    }

    public int Count => _pins.Count;

    /// <summary>The lower-case hex SHA-256 of a file's bytes.</summary>
    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Throws <see cref="PluginLoadException"/> naming every assembly of the folder that is not pinned or whose hash differs.</summary>
    public void Check(string folder)
    {
        var directory = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) ?? folder;
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var key = Normalize(Path.GetRelativePath(directory, file));
            var actual = HashOf(file);
            if (!_pins.TryGetValue(key, out var expected))
            {
                problems.Add($"{file} (sha256 {actual}) is not in Pipeline:TrustedPlugins as \"{key}\"");
            }
            else if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                problems.Add($"{file} (sha256 {actual}) does not match its pinned sha256 {expected}");
            }
        }

        if (problems.Count > 0)
        {
            throw new PluginLoadException(folder, "refused, not trusted: " + string.Join("; ", problems));
        }
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
