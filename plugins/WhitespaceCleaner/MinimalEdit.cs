using Pipeline.Abstractions;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>Records a replacement as the smallest edit that makes it, so traces show only what changed.</summary>
internal static class MinimalEdit
{
    public static void Record(IStepContext context, int start, int end, ReadOnlySpan<char> replacement, string reason)
    {
        var original = context.Text.AsSpan(start, end - start);
        if (original.SequenceEqual(replacement))
        {
            return;
        }

        var prefix = original.CommonPrefixLength(replacement);
        var most = Math.Min(original.Length, replacement.Length) - prefix;
        var suffix = 0;
        while (suffix < most && original[^(suffix + 1)] == replacement[^(suffix + 1)])
        {
            suffix++;
        }

        // The engine refuses edits that split a surrogate pair; widen by one unit instead.
        if (prefix > 0 && prefix < original.Length && char.IsLowSurrogate(original[prefix]) && char.IsHighSurrogate(original[prefix - 1]))
        {
            prefix--;
        }

        var cut = original.Length - suffix;
        if (suffix > 0 && cut > 0 && char.IsLowSurrogate(original[cut]) && char.IsHighSurrogate(original[cut - 1]))
        {
            suffix--;
        }

        var inserted = replacement[prefix..^suffix];
        context.Replace(start + prefix, original.Length - prefix - suffix, Text(inserted), reason);
    }

    // Nearly every replacement is one of these; sharing them keeps an 8 MB document from allocating per edit.
    private static string Text(ReadOnlySpan<char> inserted) => inserted switch
    {
        [] => string.Empty,
        [' '] => " ",
        ['\n'] => "\n",
        ['\n', '\n'] => "\n\n",
        _ => new string(inserted),
    };
}
