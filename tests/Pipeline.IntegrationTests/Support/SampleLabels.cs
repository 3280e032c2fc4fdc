using System.Text.Json;

namespace Pipeline.IntegrationTests.Support;

/// <summary>Our own labels of the sample (offsets, names, metadata values; never its text), kept with the evaluation tool.</summary>
internal static class SampleLabels
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Pipeline.Evaluation", "Labels");

    /// <summary>Every quote: code point range of its words in the submitted sample, and its speaker.</summary>
    public static IReadOnlyList<(int Start, int End, string Speaker)> Quotes()
    {
        using var json = JsonDocument.Parse(Read("sample-quotes.json"));
        return [.. json.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("speaker").GetString()!))];
    }

    /// <summary>The people the sample names (fullest names), whether each is the byline's author, and its places.</summary>
    public static (IReadOnlyList<(string Name, bool Author)> People, IReadOnlyList<string> Places) People()
    {
        using var json = JsonDocument.Parse(Read("sample-people.json"));
        var people = json.RootElement.GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString()!, p.TryGetProperty("author", out var a) && a.GetBoolean()))
            .ToList();
        var places = json.RootElement.GetProperty("places").EnumerateArray().Select(p => p.GetString()!).ToList();
        return (people, places);
    }

    private static string Read(string name) =>
        Pipeline.Evaluation.Support.SampleSpans.Resolve(File.ReadAllText(Path.Combine(Folder, name)), RepoPaths.ReadSample());

    /// <summary>The metadata the news chain must find on the sample, field by field.</summary>
    public static IReadOnlyDictionary<string, string> Metadata()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "sample-metadata.json")));
        var root = json.RootElement.TryGetProperty("metadata", out var inner) ? inner : json.RootElement;
        var sample = RepoPaths.ReadSample();
        var lines = sample.Split('\n');

        // "@line:N" stands for the sample's line N, so that the label file copies none of its text.
        static string Resolve(string value, string[] lines) =>
            value.StartsWith("@line:", StringComparison.Ordinal)
                ? lines[int.Parse(value["@line:".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1].Trim().Trim('\u00A0').Trim()
                : value;

        return root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => Resolve(p.Value.GetString()!, lines));
    }
}
