using Pipeline.Abstractions;
using Pipeline.Plugins.EntityExtractor.Recognition;

namespace Pipeline.Plugins.EntityExtractor;

/// <summary>The <c>entities</c> extractor: annotates people, organisations and places, without any model or download.</summary>
public sealed class EntityPlugin : Plugin<EntityOptions>
{
    private static readonly string[] KnownTypes = ["person", "organization", "location"];

    /// <inheritdoc />
    public override string Name => "entities";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Extractor;

    /// <inheritdoc />
    public override string Description =>
        "Annotates person, organization and location spans from titles, organisation words, gazetteers and the document's own evidence, with each one's fullest name as canonical.";

    /// <inheritdoc />
    protected override IStep CreateStep(EntityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var type in options.Types ?? [])
        {
            if (!KnownTypes.Contains(type, StringComparer.Ordinal))
            {
                throw new ArgumentException($"types: unknown type '{type}'; use {string.Join(", ", KnownTypes)}");
            }
        }

        // Loads the gazetteers now rather than on the first document.
        _ = Gazetteer.Instance;
        return new EntityStep(options);
    }
}
