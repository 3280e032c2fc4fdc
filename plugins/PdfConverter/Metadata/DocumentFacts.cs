using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace Pipeline.Plugins.PdfConverter.Metadata;

/// <summary>The metadata a PDF's document information gives: title, author, published (its creation date), description (its subject) and keywords.</summary>
internal static partial class DocumentFacts
{
    public static Dictionary<string, string> Read(DocumentInformation information)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        Set(found, "title", NotAFileName(Tidy(information.Title)));
        Set(found, "author", Tidy(information.Author));
        Set(found, "published", PdfDates.ToIso(information.CreationDate));
        Set(found, "description", Tidy(information.Subject));
        Set(found, "keywords", Tidy(information.Keywords));
        return found;
    }

    private static void Set(Dictionary<string, string> found, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            found[key] = value;
        }
    }

    private static string? Tidy(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Spaces().Replace(value.Trim(), " ");

    /// <summary>Office programs fill the title with the file's name when the author gave none; that is no title.</summary>
    private static string? NotAFileName(string? title) =>
        title is null || FileName().IsMatch(title) ? null : title;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:Microsoft (?:Word|PowerPoint|Excel) - .*|.*\.(?:docx?|odt|rtf|pdf|indd|qxd|pptx?|xlsx?|txt))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
