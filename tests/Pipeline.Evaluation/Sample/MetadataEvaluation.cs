using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation.Sample;

/// <summary>
/// The sample through qr-code, scrape-layout, whitespace and metadata: how many of the nine metadata fields
/// of Labels/sample-metadata.json come out exact, how many parts of the scrape layout are left in the text,
/// and whether the body starts right after the attribution and ends with the paragraph before the bio.
/// The parts and the body's ends are found in the sample itself, from the labelled values.
/// </summary>
public sealed class MetadataEvaluation : IEvaluation
{
    private const string Area = "sample metadata";
    private const string NewsChain = """{"steps":[{"plugin":"qr-code"},{"plugin":"scrape-layout"},{"plugin":"whitespace"},{"plugin":"metadata"}]}""";

    private static readonly Regex Blank = new(@"[\s\u200B\u200C\u200D\u2060\uFEFF]+", RegexOptions.None, TimeSpan.FromSeconds(1));
    private static readonly Regex Artifact = new(@"^(?:QR\s*code\s*)+$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    public string Name => "sample-metadata";

    public IReadOnlyList<Metric> Run(BuiltInPipeline pipeline, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(log);
        using var labels = JsonDocument.Parse(File.ReadAllText(EvalPaths.Label("sample-metadata.json")));
        var original = File.ReadAllText(EvalPaths.Sample);
        var expected = labels.RootElement.GetProperty("metadata").EnumerateObject()
            .ToDictionary(p => p.Name, p => SampleLine.Resolve(p.Value.GetString() ?? string.Empty, original), StringComparer.Ordinal);
        var result = BuiltInPipeline.Run(pipeline.Inline(NewsChain), original);

        var exact = 0;
        foreach (var (key, value) in expected)
        {
            var got = result.Metadata.GetValueOrDefault(key);
            exact += got == value ? 1 : 0;
            if (got != value)
            {
                log.WriteLine($"{Name}: {key} is '{got ?? "(not set)"}', expected '{value}'");
            }
        }

        var lines = Lines(original);
        var cleaned = Lines(result.Text);
        var left = Parts(lines, expected).Where(part => cleaned.Any(line => part.Matches(line))).Select(part => part.Name).ToList();
        foreach (var part in left)
        {
            log.WriteLine($"{Name}: {part} is still in the text");
        }

        var (first, last) = BodyEnds(lines, expected["outlet"], expected["author"]);
        var starts = cleaned.Count > 0 && cleaned[0].StartsWith(first, StringComparison.Ordinal);
        var ends = cleaned.Count > 0 && cleaned[^1] == last;
        return
        [
            new Metric { Area = Area, Name = "metadata fields exact", Value = exact, Target = expected.Count, Format = "0" },
            new Metric { Area = Area, Name = "layout parts left in the text", Value = left.Count, Target = 0, AtMost = true, Format = "0" },
            new Metric { Area = Area, Name = "body starts after the attribution", Value = starts ? 1 : 0, Target = 1, Format = "0" },
            new Metric { Area = Area, Name = "body ends before the bio", Value = ends ? 1 : 0, Target = 1, Format = "0" },
        ];
    }

    /// <summary>The layout's parts as the sample has them, each with how to tell it is still in a cleaned line.</summary>
    private static List<(string Name, Func<string, bool> Matches)> Parts(List<string> lines, Dictionary<string, string> expected)
    {
        var title = lines.IndexOf(expected["title"]);
        var prefix = $"{expected["outlet"]} | {expected["author"]}:";
        var bio = lines.Find(line => line.StartsWith(expected["author"] + " is ", StringComparison.Ordinal)) ?? "(no bio in the sample)";
        return
        [
            ("QR-code artifact", line => Artifact.IsMatch(line)),
            ("title line", line => line == expected["title"]),
            ("timestamp line", line => title >= 0 && line == lines[title + 1]),
            ("attribution prefix", line => line.StartsWith(prefix, StringComparison.Ordinal)),
            ("author bio", line => line == bio),
            ("Story Code line", line => line.Contains("Story Code", StringComparison.Ordinal) || line.Contains(expected["story_code"], StringComparison.Ordinal)),
            ("News Link", line => line.Contains("News Link", StringComparison.Ordinal) || line.Contains(expected["source_url"], StringComparison.Ordinal)),
            ("site name", line => line == expected["site_name"]),
            ("site URL", line => line.Contains(expected["site_url"], StringComparison.Ordinal)),
        ];
    }

    /// <summary>The first five words after the attribution, and the last paragraph before the bio, as the sample has them.</summary>
    private static (string First, string Last) BodyEnds(List<string> lines, string outlet, string author)
    {
        var prefix = $"{outlet} | {author}: ";
        var opening = lines.Find(line => line.StartsWith(prefix, StringComparison.Ordinal)) ?? string.Empty;
        var first = string.Join(' ', opening[Math.Min(prefix.Length, opening.Length)..].Split(' ').Take(5));
        var bio = lines.FindIndex(line => line.StartsWith(author + " is ", StringComparison.Ordinal));
        return (first, bio > 0 ? lines[bio - 1] : "(no bio in the sample)");
    }

    /// <summary>The non-blank lines, with white space runs (NBSPs included) as one space and trimmed.</summary>
    private static List<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(line => Blank.Replace(line, " ").Trim()).Where(line => line.Length > 0)];
}
