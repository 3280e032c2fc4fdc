using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Pipeline.Plugins.MarkdownConverter.FrontMatter;

/// <summary>The news chain's metadata from a document's YAML front matter: <c>title</c>, <c>author</c> (or <c>authors</c>) and <c>date</c> as <c>published</c>.</summary>
internal static class FrontMatterMetadata
{
    public static Dictionary<string, string> Read(MarkdownDocument document)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is not { } block)
        {
            return found;
        }

        var lines = new List<string>(block.Lines.Count);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            lines.Add(block.Lines.Lines[i].Slice.ToString());
        }

        var fields = YamlFields.Read(lines);
        Set(found, "title", fields.GetValueOrDefault("title"));
        Set(found, "author", fields.GetValueOrDefault("author") ?? fields.GetValueOrDefault("authors"));
        Set(found, "published", fields.GetValueOrDefault("date") is { } date ? Dates.Normalise(date) : null);
        return found;
    }

    private static void Set(Dictionary<string, string> found, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            found[key] = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
