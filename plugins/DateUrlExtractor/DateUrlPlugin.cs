using Pipeline.Abstractions;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>The <c>dates-urls</c> extractor: annotates dates with their ISO 8601 value and URLs with their normalised form.</summary>
public sealed class DateUrlPlugin : Plugin<DateUrlOptions>
{
    /// <inheritdoc />
    public override string Name => "dates-urls";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Extractor;

    /// <inheritdoc />
    public override string Description =>
        "Annotates dates ('3 Mar 2018', 'February 26th', 'in 2015') with an ISO 8601 'value' and URLs (http/https, www., bare domains) with the normalised URL.";

    /// <inheritdoc />
    protected override IStep CreateStep(DateUrlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DateUrlStep(options);
    }
}
