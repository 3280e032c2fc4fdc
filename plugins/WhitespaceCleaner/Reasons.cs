using System.Text;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>Edit reasons, one string per combination of rules, built once so that edits allocate none.</summary>
internal static class Reasons
{
    private static readonly (Rule Rule, string Name)[] Names =
    [
        (Rule.Nfc, "NFC"),
        (Rule.Quote, "typographic quote"),
        (Rule.DocumentStart, "document start"),
        (Rule.DocumentEnd, "document end"),
        (Rule.BlankLines, "blank lines"),
        (Rule.LineBreak, "line break"),
        (Rule.LeadingSpace, "leading space"),
        (Rule.TrailingSpace, "trailing space"),
        (Rule.SpaceRun, "space run"),
        (Rule.NonBreakingSpace, "non-breaking space"),
        (Rule.ZeroWidth, "zero-width character"),
    ];

    // Filled lazily; a race only builds the same string twice.
    private static readonly string?[] Cache = new string?[(int)Rule.Quote << 1];

    public static string For(Rule rules) => Cache[(int)rules] ??= Build(rules);

    private static string Build(Rule rules)
    {
        var reason = new StringBuilder("whitespace: ");
        var first = true;
        foreach (var (rule, name) in Names)
        {
            if (rules.HasFlag(rule))
            {
                reason.Append(first ? string.Empty : ", ").Append(name);
                first = false;
            }
        }

        return first ? "whitespace: normalised" : reason.ToString();
    }
}
