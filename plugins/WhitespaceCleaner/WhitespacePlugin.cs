using Pipeline.Abstractions;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>The <c>whitespace</c> cleaner: normalises Unicode, spaces, line breaks and blank lines in one pass.</summary>
public sealed class WhitespacePlugin : Plugin<WhitespaceOptions>
{
    /// <inheritdoc />
    public override string Name => "whitespace";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Cleaner;

    /// <inheritdoc />
    public override string Description =>
        "Normalises text to NFC, turns non-breaking spaces into spaces, drops zero-width characters, trims lines and collapses runs of spaces and blank lines.";

    /// <inheritdoc />
    protected override IStep CreateStep(WhitespaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WhitespaceStep(options);
    }
}
