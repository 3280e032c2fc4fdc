using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Evaluation.Support;

/// <summary>
/// Label files name people and places as <c>"@span:START-END"</c>, code points of the sample where the name
/// stands, so that they copy none of its text; this turns each into the name itself.
/// </summary>
public static partial class SampleSpans
{
    /// <summary>The label JSON with every <c>"@span:S-E"</c> string replaced by that slice of the sample (non-breaking spaces read as spaces).</summary>
    public static string Resolve(string labelJson, string sample)
    {
        ArgumentNullException.ThrowIfNull(labelJson);
        ArgumentNullException.ThrowIfNull(sample);
        var points = sample.EnumerateRunes().Select(r => r.ToString()).ToArray();
        return Span().Replace(labelJson, match =>
        {
            var start = int.Parse(match.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var end = int.Parse(match.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return JsonSerializer.Serialize(string.Concat(points[start..end]).Replace('\u00A0', ' '));
        });
    }

    [GeneratedRegex("\"@span:(?<start>[0-9]+)-(?<end>[0-9]+)\"", RegexOptions.None, 1000)]
    private static partial Regex Span();
}
