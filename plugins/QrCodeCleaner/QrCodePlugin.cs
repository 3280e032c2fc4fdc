using Pipeline.Abstractions;

namespace Pipeline.Plugins.QrCodeCleaner;

/// <summary>The <c>qr-code</c> cleaner: removes lines that hold nothing but a scraper's QR-code alt text.</summary>
public sealed class QrCodePlugin : Plugin<QrCodeOptions>
{
    /// <inheritdoc />
    public override string Name => "qr-code";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Cleaner;

    /// <inheritdoc />
    public override string Description =>
        "Removes standalone lines made only of a scraper's QR-code alt text (e.g. \"QR codeQR code\"), leaving the phrase alone inside sentences.";

    /// <inheritdoc />
    protected override IStep CreateStep(QrCodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new QrCodeStep(ArtifactPattern.Build(options.Phrases), options.HeadOnly);
    }
}
