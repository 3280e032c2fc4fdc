using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation.HtmlMainText;

/// <summary>Reads <c>../shared/eval/html-main-text</c> in place: <c>ground-truth.json</c> and each <c>html/&lt;id&gt;.html.gz</c> (UTF-8, as the benchmark reads them).</summary>
public static class HtmlPages
{
    public static string Folder => EvalPaths.Eval("html-main-text");

    public static IReadOnlyList<HtmlPage> Load()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "ground-truth.json")));
        var pages = new List<HtmlPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            pages.Add(new HtmlPage
            {
                Id = entry.Name,
                Url = entry.Value.TryGetProperty("url", out var url) ? url.GetString() ?? string.Empty : string.Empty,
                ArticleBody = entry.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty,
                Html = ReadGzip(Path.Combine(Folder, "html", entry.Name + ".html.gz")),
            });
        }

        return pages;
    }

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, false));
        return reader.ReadToEnd();
    }
}
