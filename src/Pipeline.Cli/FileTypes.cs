namespace Pipeline.Cli;

/// <summary>The media type a file's extension names, where the host could not tell it from the bytes alone.</summary>
internal static class FileTypes
{
    /// <summary>Markdown and plain text by extension (Markdown cannot be sniffed, and a .txt that starts with a tag is still text); empty lets the host detect.</summary>
    public static string MediaTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "text/markdown",
        ".txt" => "text/plain",
        ".html" or ".htm" => "text/html",
        _ => string.Empty,
    };
}
