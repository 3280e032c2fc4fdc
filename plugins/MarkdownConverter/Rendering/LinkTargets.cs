namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>
/// A link's target as the <c>value</c> of a <c>url</c> annotation, the way <c>dates-urls</c> writes one: an http
/// or https address normalised, a relative one resolved against the document's <c>source_url</c> when that is
/// known, anything else (<c>mailto:</c>, a fragment with no base) as written.
/// </summary>
internal static class LinkTargets
{
    public static string Value(string target, Uri? baseUrl)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute) && IsWeb(absolute))
        {
            return absolute.AbsoluteUri;
        }

        return baseUrl is not null && !HasScheme(target) && Uri.TryCreate(baseUrl, target, out var resolved) && IsWeb(resolved)
            ? resolved.AbsoluteUri
            : target;
    }

    /// <summary>The document's own address, when it is an http or https one.</summary>
    public static Uri? Base(string? sourceUrl) =>
        sourceUrl is not null && Uri.TryCreate(sourceUrl.Trim(), UriKind.Absolute, out var uri) && IsWeb(uri) ? uri : null;

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    // "mailto:x" and "tel:x" are absolute already; on Unix "/path" parses as an absolute file URI, so look at the text.
    private static bool HasScheme(string target)
    {
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && target.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }
}
