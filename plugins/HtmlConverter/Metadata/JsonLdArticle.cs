using System.Text.Json;
using AngleSharp.Dom;

namespace Pipeline.Plugins.HtmlConverter.Metadata;

/// <summary>What a page's JSON-LD says about its article (schema.org <c>NewsArticle</c> and its kin).</summary>
internal sealed class JsonLdArticle
{
    private static readonly JsonDocumentOptions Reading = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public string? Headline { get; private set; }

    public string? DatePublished { get; private set; }

    public string? Author { get; private set; }

    public string? Publisher { get; private set; }

    public string? Url { get; private set; }

    public string? Description { get; private set; }

    public string? Language { get; private set; }

    public string? ArticleBody { get; private set; }

    /// <summary>The first article object in the page's <c>application/ld+json</c> scripts; scripts that are not valid JSON are passed over.</summary>
    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Reading);
                if (FindArticle(json.RootElement, 0) is { } article)
                {
                    return Read(article);
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is its own problem; the meta tags still count.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticle(element))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleType(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
            _ => false,
        };
    }

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || type is "BlogPosting" or "LiveBlogPosting" or "Report");

    private static JsonLdArticle Read(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        DatePublished = Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Author = Names(article, "author"),
        Publisher = Names(article, "publisher"),
        Url = Text(article, "url") ?? Id(article, "mainEntityOfPage"),
        Description = Text(article, "description"),
        Language = Text(article, "inLanguage"),
        ArticleBody = Text(article, "articleBody"),
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Id(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Object ? Text(value, "@id") ?? Text(value, "url") : null;
    }

    /// <summary>A person or organisation, or several: their names joined by ", ".</summary>
    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var one = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(one) && !names.Contains(one.Trim()))
            {
                names.Add(one.Trim());
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
