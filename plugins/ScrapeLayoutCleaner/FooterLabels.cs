using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>Matches a footer line that starts with one of the configured labels and a colon: "Story Code: 296072", "News Link :".</summary>
internal sealed class FooterLabels
{
    private readonly Regex? _pattern;
    private readonly (string Label, string Key)[] _labels;

    public FooterLabels(IReadOnlyDictionary<string, string>? labels)
    {
        _labels = [.. (labels ?? throw new ArgumentException("footerLabels must be an object")).Select(pair => (pair.Key.Trim(), pair.Value?.Trim() ?? string.Empty))];
        if (_labels.Length == 0)
        {
            return;
        }

        var pattern = new StringBuilder("^(?:");
        for (var i = 0; i < _labels.Length; i++)
        {
            var (label, key) = _labels[i];
            var words = label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || key.Length == 0)
            {
                throw new ArgumentException($"footerLabels: the label '{label}' and its metadata key '{key}' must both be non-empty");
            }

            // White space inside a label matches any run of it, NBSPs included.
            pattern.Append(i == 0 ? string.Empty : "|").Append("(?<l").Append(i).Append('>')
                .AppendJoin(@"[\p{Zs}\t]+", words.Select(Regex.Escape)).Append(')');
        }

        pattern.Append(@")[\p{Zs}\t]*:[\p{Zs}\t]*(?<value>.*)$");
        _pattern = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, LayoutRules.MatchTimeout);
    }

    /// <summary>The label that <paramref name="line"/> (trimmed) starts with, and the value after its colon (empty when the value is on the next line).</summary>
    public bool TryMatch(string line, out string label, out string key, out string value)
    {
        (label, key, value) = (string.Empty, string.Empty, string.Empty);
        var match = _pattern?.Match(line);
        if (match is null || !match.Success)
        {
            return false;
        }

        for (var i = 0; i < _labels.Length; i++)
        {
            if (match.Groups["l" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)].Success)
            {
                (label, key) = _labels[i];
                value = Blank.Collapse(match.Groups["value"].ValueSpan);
                return true;
            }
        }

        return false;
    }
}
