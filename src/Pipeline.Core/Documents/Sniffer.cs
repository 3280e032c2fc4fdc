namespace Pipeline.Core.Documents;

/// <summary>Tells a document's media type from its first bytes or characters, for callers that give none.</summary>
public static class Sniffer
{
    // Elements a page starts with, after white space and comments (after the WHATWG sniffing rules' list).
    private static readonly string[] HtmlStarts =
        ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<br", "<p", "<!--", "<meta", "<link", "<?xml"];

    /// <summary>The type of submitted bytes: PDF, a Word file, another ZIP, HTML, plain text, or octet-stream for other binary.</summary>
    public static string Detect(ReadOnlySpan<byte> data)
    {
        // A PDF's header may follow some junk; readers look through the first kilobyte.
        if (data[..Math.Min(data.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return MediaTypes.Pdf;
        }

        if (data.StartsWith("PK\u0003\u0004"u8))
        {
            return IsWordFile(data) ? MediaTypes.Docx : MediaTypes.Zip;
        }

        if (data is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return LooksLikeHtml(Charsets.Decode(data[..Math.Min(data.Length, 1024)], null, out _)) ? MediaTypes.Html : MediaTypes.PlainText;
        }

        var head = data[..Math.Min(data.Length, 1024)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return MediaTypes.OctetStream;
        }

        return LooksLikeHtml(System.Text.Encoding.Latin1.GetString(head)) ? MediaTypes.Html : MediaTypes.PlainText;
    }

    /// <summary>The type of submitted text: HTML when it starts like a page, otherwise plain text.</summary>
    public static string Detect(string text) => LooksLikeHtml(text) ? MediaTypes.Html : MediaTypes.PlainText;

    private static bool LooksLikeHtml(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        var head = text.AsSpan(start, Math.Min(text.Length - start, 64));
        foreach (var tag in HtmlStarts)
        {
            if (head.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (tag is "<!--" or "<?xml" || (head.Length > tag.Length && (head[tag.Length] is ' ' or '>' or '\t' or '\n' or '\r' or '/'))))
            {
                return tag != "<?xml" || text.AsSpan(start, Math.Min(text.Length - start, 1024)).Contains("<html", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    // A Word file's zip names its main part in the local header and again in the central directory; looking for the
    // name spares copying the bytes into a stream to open the zip. A zip that merely mentions it is refused by the converter.
    private static bool IsWordFile(ReadOnlySpan<byte> data) => data.IndexOf("word/document.xml"u8) >= 0;
}
