using System.Text.Json;

namespace Pipeline.Abstractions;

/// <summary>
/// A named factory of configured steps. The host finds every public, non-abstract implementation in a
/// plugin's assembly and creates it once with a public parameterless constructor, or with one that takes
/// a single <c>Microsoft.Extensions.Logging.ILogger</c>.
/// </summary>
/// <remarks>
/// The properties are read once at load time and must not change. <see cref="CreateStep"/> is called once
/// per chain step each time the chains are built (at start-up and on every reload), never per document.
/// It may throw <see cref="JsonException"/> or <see cref="ArgumentException"/> for options it cannot
/// accept; the host reports the message as a validation error located at the step's <c>options</c>.
/// Any other exception is reported the same way, with its type named.
/// </remarks>
public interface IPlugin
{
    /// <summary>The name chains use in a step's <c>"plugin"</c>: lower case, digits and hyphens, e.g. <c>qr-code</c>.</summary>
    string Name { get; }

    /// <summary>What the plugin does to a document.</summary>
    PluginKind Kind { get; }

    /// <summary>The plugin's version, shown by <c>ListPlugins</c>.</summary>
    string Version { get; }

    /// <summary>One sentence on what the plugin does.</summary>
    string Description { get; }

    /// <summary>The JSON schema (draft 2020-12) of the step's <c>options</c> object. The host validates options against it before <see cref="CreateStep"/>.</summary>
    string OptionsSchema { get; }

    /// <summary>Creates a step configured by a chain step's <c>options</c> (an empty object when the chain gives none).</summary>
    IStep CreateStep(JsonElement options);
}
