using System.Globalization;

namespace Pipeline.Evaluation.Support;

/// <summary>
/// Label values that stand for a line of the sample ("@line:3"), so that labels point at the article's
/// text instead of copying it.
/// </summary>
public static class SampleLine
{
    private const string Prefix = "@line:";

    /// <summary>The value itself, or the sample's line it names (1-based, white space and non-breaking spaces trimmed).</summary>
    public static string Resolve(string value, string sample)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(sample);
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return value;
        }

        var line = int.Parse(value[Prefix.Length..], CultureInfo.InvariantCulture);
        return sample.Split('\n')[line - 1].Trim().Trim('\u00A0').Trim();
    }
}
