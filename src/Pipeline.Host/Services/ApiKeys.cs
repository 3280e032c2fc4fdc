using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;

namespace Pipeline.Host.Services;

/// <summary>The configured API keys, checked once at start-up; looks a presented key up by its hash in constant time.</summary>
internal sealed class ApiKeys
{
    public const string Process = "process";
    public const string Catalogue = "catalogue";

    private static readonly string[] AllScopes = [Process, Catalogue];
    private readonly List<(string Name, byte[] Hash, HashSet<string> Scopes)> _keys = [];

    public ApiKeys(IOptions<AuthOptions> options)
    {
        var auth = options.Value;
        Enabled = auth.Enabled;
        if (!Enabled)
        {
            return;
        }

        if (auth.Keys.Count == 0)
        {
            throw new InvalidOperationException($"{AuthOptions.Section}:Enabled is true but {AuthOptions.Section}:Keys lists no key; every call would be refused");
        }

        for (var i = 0; i < auth.Keys.Count; i++)
        {
            var key = auth.Keys[i];
            var where = $"{AuthOptions.Section}:Keys:{i}";
            var name = key.Name.Length > 0 ? key.Name : $"key {i}";
            if (string.IsNullOrEmpty(key.Key) == string.IsNullOrEmpty(key.Sha256))
            {
                throw new InvalidOperationException($"{where} ({name}) needs exactly one of Key and Sha256");
            }

            byte[] hash;
            if (!string.IsNullOrEmpty(key.Key))
            {
                hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Key));
            }
            else if (key.Sha256!.Trim() is { Length: 64 } hex && hex.All(char.IsAsciiHexDigit))
            {
                hash = Convert.FromHexString(hex);
            }
            else
            {
                throw new InvalidOperationException($"{where}:Sha256 ({name}) is not 64 hex digits");
            }

            var unknown = key.Scopes.Where(s => !AllScopes.Contains(s, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException($"{where}:Scopes ({name}) has {string.Join(", ", unknown)}; known scopes: {string.Join(", ", AllScopes)}");
            }

            _keys.Add((name, hash, new HashSet<string>(key.Scopes.Count > 0 ? key.Scopes : AllScopes, StringComparer.Ordinal)));
        }
    }

    public bool Enabled { get; }

    /// <summary>The key's name and scopes, or null when no configured key matches.</summary>
    public (string Name, IReadOnlySet<string> Scopes)? Find(string presented)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        (string, IReadOnlySet<string>)? found = null;
        foreach (var (name, expected, scopes) in _keys)
        {
            // Every key is compared, so the time taken does not say which one came close.
            if (CryptographicOperations.FixedTimeEquals(hash, expected) && found is null)
            {
                found = (name, scopes);
            }
        }

        return found;
    }
}
