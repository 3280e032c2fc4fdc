namespace Pipeline.Core.Documents;

/// <summary>The media types the host detects and the built-in converters read.</summary>
public static class MediaTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Xhtml = "application/xhtml+xml";
    public const string Markdown = "text/markdown";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Zip = "application/zip";
    public const string OctetStream = "application/octet-stream";

    /// <summary>The type without its parameters, lower case, e.g. <c>text/html</c> for <c>Text/HTML; charset=UTF-8</c>.</summary>
    public static string EssenceOf(string mediaType)
    {
        var end = mediaType.IndexOf(';', StringComparison.Ordinal);
        return (end < 0 ? mediaType : mediaType[..end]).Trim().ToLowerInvariant();
    }

    /// <summary>The value of the <c>charset</c> parameter, or null.</summary>
    public static string? CharsetOf(string mediaType)
    {
        foreach (var parameter in mediaType.Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return parameter[(equals + 1)..].Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    /// <summary>Whether documents of this type are text the host decodes, rather than bytes a converter reads.</summary>
    public static bool IsText(string essence) =>
        essence.StartsWith("text/", StringComparison.Ordinal)
        || essence is Xhtml or "application/json" or "application/xml" or "application/ld+json"
        || essence.EndsWith("+xml", StringComparison.Ordinal) || essence.EndsWith("+json", StringComparison.Ordinal);
}
