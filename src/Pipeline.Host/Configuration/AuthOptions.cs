namespace Pipeline.Host.Configuration;

/// <summary>The <c>Pipeline:Auth</c> section: API keys that callers present in metadata. Off by default.</summary>
public sealed class AuthOptions
{
    public const string Section = "Pipeline:Auth";

    /// <summary>Whether every call (but health checks) needs a key. Default: false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The keys accepted.</summary>
    public IList<ApiKeyOptions> Keys { get; } = [];
}

/// <summary>One API key: its secret, plain or as a SHA-256 hash, and what it may call.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Names the key in logs; never the secret.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The key itself. Prefer <see cref="Sha256"/>, which keeps the secret out of configuration.</summary>
    public string? Key { get; set; }

    /// <summary>The lower- or upper-case hex SHA-256 of the key's UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
    public string? Sha256 { get; set; }

    /// <summary><c>process</c> (Process, ProcessStream) and/or <c>catalogue</c> (ListPlugins, ListChains, ValidateChain, reflection). Empty: both.</summary>
    public IList<string> Scopes { get; } = [];
}
