using System.Globalization;

namespace Pipeline.Plugins.DocxConverter.Reading;

/// <summary>The file's core properties (docProps/core.xml) under the chain's metadata keys: title, author, published.</summary>
internal static class CoreProperties
{
    public static Dictionary<string, string> Read(string? title, string? creator, DateTime? created)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        Set(found, "title", title);
        Set(found, "author", creator);
        if (created is DateTime moment)
        {
            found["published"] = Iso8601(moment);
        }

        return found;
    }

    private static string Iso8601(DateTime moment) => moment.Kind switch
    {
        DateTimeKind.Utc => moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeKind.Local => moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
    };

    private static void Set(Dictionary<string, string> found, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            found[key] = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
