using System.ComponentModel;

namespace Pipeline.Plugins.DateUrlExtractor;

/// <summary>Options of the <c>dates-urls</c> extractor.</summary>
/// <remarks>
/// Defaults: <see cref="Dates"/> = <c>true</c>, <see cref="Urls"/> = <c>true</c>, <see cref="BareDomains"/> = <c>true</c>,
/// <see cref="PublishedKey"/> = <c>"published"</c>.
/// </remarks>
public sealed class DateUrlOptions
{
    /// <summary>Annotate dates. Default <c>true</c>.</summary>
    [Description("Annotate dates: full dates, month and day, month and year, months and years in context, decades. Default true.")]
    public bool Dates { get; init; } = true;

    /// <summary>Annotate URLs. Default <c>true</c>.</summary>
    [Description("Annotate URLs: http and https addresses, www. hosts and, with bareDomains, bare domain names. Default true.")]
    public bool Urls { get; init; } = true;

    /// <summary>Also annotate bare domain names with a known top-level domain (<c>newyorker.com</c>). Default <c>true</c>.</summary>
    [Description("Also annotate bare domain names whose top-level domain is a known one, e.g. newyorker.com. Default true.")]
    public bool BareDomains { get; init; } = true;

    /// <summary>The metadata key whose date completes dates written without a year (<c>February 26th</c>). Default <c>"published"</c>.</summary>
    [Description("Metadata key holding the document's publication date, used to give a year to dates written without one. Default \"published\".")]
    public string PublishedKey { get; init; } = "published";
}
