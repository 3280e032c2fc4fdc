
namespace Pipeline.Plugins.Summarizers.Lead;

/// <summary>Options of the <c>lead</c> summarizer: only the summary's length.</summary>
/// <remarks>Defaults: <see cref="SummaryOptions.Sentences"/> = <c>3</c>, <see cref="SummaryOptions.Ratio"/> = <c>0</c> (unused), <see cref="SummaryOptions.SkipHeadings"/> = <c>true</c>.</remarks>
public sealed class LeadOptions : SummaryOptions
{
}
