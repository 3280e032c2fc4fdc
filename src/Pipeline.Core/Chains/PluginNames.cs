namespace Pipeline.Core.Chains;

/// <summary>
/// What a plugin's name may be, the same rule for a loaded plugin and for a chain step's <c>plugin</c>. A step's name is checked before it is looked up, so that a chain (a client's
/// inline one included) can never make the host treat a name as a file path.
/// </summary>
public static class PluginNames
{
    /// <summary>The rule, as error messages state it.</summary>
    public const string Rule = "lower-case letters, digits and hyphens, starting with a letter or digit, at most 100 characters";

    private const int MaxLength = 100;

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && (char.IsAsciiLetterLower(name[0]) || char.IsAsciiDigit(name[0]))
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
