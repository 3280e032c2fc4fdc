using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Engine;
using Pipeline.Evaluation.Support;

namespace Pipeline.Evaluation.Sample;

/// <summary>
/// People and quotations of the shared sample, against our own labels (Labels/sample-people.json,
/// Labels/sample-quotes.json): the news steps that exist run first, then <c>entities</c> and <c>quotes</c>, over the
/// sample's original text.
/// </summary>
public sealed class EntityQuoteEvaluation : IEvaluation
{
    private const string Area = "sample-entities";

    // The steps before ours in the shipped news chain, in order; each runs only when its plugin is built.
    private static readonly string[] Before = ["qr-code", "scrape-layout", "whitespace", "sentences"];

    private static readonly HashSet<string> Calendar = new(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        StringComparer.Ordinal);

    private static readonly JsonSerializerOptions LabelJson = new(JsonSerializerDefaults.Web);

    public string Name => Area;

    public IReadOnlyList<Metric> Run(BuiltInPipeline pipeline, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(log);
        var original = File.ReadAllText(EvalPaths.Sample, new UTF8Encoding(false, true));
        var steps = Before.Where(name => pipeline.Snapshot.Plugins.Find(name) is not null).Append("entities").Append("quotes").ToList();
        log.WriteLine($"{Area}: chain {string.Join(" > ", steps)}");
        var chain = pipeline.Inline(JsonSerializer.Serialize(new { steps = steps.Select(plugin => new { plugin }) }));
        var result = BuiltInPipeline.Run(chain, original);

        var quotes = Read<QuoteLabels>("sample-quotes.json").Quotes;
        var people = Read<PeopleLabels>("sample-people.json");
        return [.. MeasureQuotes(result, original, quotes, log), .. MeasurePeople(result, people, log)];
    }

    private static List<Metric> MeasureQuotes(ChainResult result, string original, IReadOnlyList<QuoteLabel> labels, TextWriter log)
    {
        var toUtf16 = CodePointsToUtf16(original);
        var found = result.Annotations
            .Where(a => a.Type == "quote")
            .Select(a => (Annotation: a, Original: result.Map.ToOriginal(a.Start, a.End)))
            .ToList();
        var taken = new HashSet<int>();
        var matched = 0;
        var rightSpeaker = 0;
        foreach (var label in labels)
        {
            var start = toUtf16[label.Start];
            var end = toUtf16[label.End];
            var best = -1;
            var bestOverlap = 0.0;
            for (var i = 0; i < found.Count; i++)
            {
                var overlap = Overlap(start, end, found[i].Original.Start, found[i].Original.End);
                if (!taken.Contains(i) && overlap > bestOverlap)
                {
                    (best, bestOverlap) = (i, overlap);
                }
            }

            if (best < 0 || bestOverlap < 0.5)
            {
                log.WriteLine($"{Area}: missed quote [{label.Start}, {label.End}) of {label.Speaker}");
                continue;
            }

            taken.Add(best);
            matched++;
            var speaker = found[best].Annotation.Attributes.GetValueOrDefault("speaker") ?? string.Empty;
            if (SameName(speaker, label.Speaker))
            {
                rightSpeaker++;
            }
            else
            {
                log.WriteLine($"{Area}: quote [{label.Start}, {label.End}) attributed to '{speaker}', labelled '{label.Speaker}'");
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (!taken.Contains(i))
            {
                log.WriteLine($"{Area}: unlabelled quote at original [{found[i].Original.Start}, {found[i].Original.End}) by '{found[i].Annotation.Attributes.GetValueOrDefault("speaker")}'");
            }
        }

        return
        [
            new Metric { Area = Area, Name = "quote recall", Value = Ratio(matched, labels.Count), Target = 0.95 },
            new Metric { Area = Area, Name = "speaker accuracy (found quotes)", Value = Ratio(rightSpeaker, matched), Target = 0.9 },
            new Metric { Area = Area, Name = "quote precision", Value = Ratio(matched, found.Count) },
        ];
    }

    private static List<Metric> MeasurePeople(ChainResult result, PeopleLabels labels, TextWriter log)
    {
        var persons = result.Annotations.Where(a => a.Type == "person").ToList();
        var canonicals = persons.Select(p => Normalize(p.Attributes.GetValueOrDefault("canonical") ?? result.Text[p.Start..p.End])).ToHashSet(StringComparer.Ordinal);
        var author = Normalize(result.Metadata.GetValueOrDefault("author") ?? string.Empty);
        var found = 0;
        foreach (var person in labels.People)
        {
            // The byline's writer counts as found when scrape-layout moved the byline into the author metadata.
            if (canonicals.Contains(Normalize(person.Name)) || (person.Author && author == Normalize(person.Name)))
            {
                found++;
            }
            else
            {
                log.WriteLine($"{Area}: person not found: {person.Name}");
            }
        }

        var named = labels.People.Select(p => Normalize(p.Name)).ToHashSet(StringComparer.Ordinal);
        var places = labels.Places.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var right = 0;
        var placesOrMonths = 0;
        foreach (var person in persons)
        {
            var text = Normalize(result.Text[person.Start..person.End]);
            var canonical = Normalize(person.Attributes.GetValueOrDefault("canonical") ?? text);
            if (named.Contains(canonical))
            {
                right++;
            }
            else
            {
                log.WriteLine($"{Area}: person annotation '{text}' (canonical '{canonical}') names no labelled person");
            }

            if (places.Contains(text) || places.Contains(canonical) || Calendar.Contains(text) || Calendar.Contains(canonical))
            {
                placesOrMonths++;
                log.WriteLine($"{Area}: person annotation '{text}' is a place or a month");
            }
        }

        return
        [
            new Metric { Area = Area, Name = "people recall (fullest name)", Value = Ratio(found, labels.People.Count), Target = 0.95 },
            new Metric { Area = Area, Name = "persons that are places or months", Value = placesOrMonths, Target = 0, AtMost = true, Format = "0" },
            new Metric { Area = Area, Name = "person precision (mentions)", Value = Ratio(right, persons.Count) },
        ];
    }

    /// <summary>The UTF-16 index of each code point index of <paramref name="text"/> (one past the last included).</summary>
    private static int[] CodePointsToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                continue;
            }

            map.Add(i);
        }

        map.Add(text.Length);
        return [.. map];
    }

    /// <summary>The shared length over the longer span: 1 for the same span, under 0.5 when either mostly lies outside the other.</summary>
    private static double Overlap(int start, int end, int otherStart, int otherEnd)
    {
        var shared = Math.Min(end, otherEnd) - Math.Max(start, otherStart);
        var longer = Math.Max(end - start, otherEnd - otherStart);
        return shared <= 0 || longer <= 0 ? 0 : (double)shared / longer;
    }

    private static bool SameName(string found, string label) => Normalize(found) == Normalize(label);

    /// <summary>Lower case, typographic apostrophes made plain, a leading "the " dropped, white space collapsed.</summary>
    private static string Normalize(string name)
    {
        var plain = string.Join(' ', name.Replace('’', '\'').ToLower(CultureInfo.InvariantCulture).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return plain.StartsWith("the ", StringComparison.Ordinal) ? plain[4..] : plain;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static T Read<T>(string name) =>
        JsonSerializer.Deserialize<T>(SampleSpans.Resolve(File.ReadAllText(EvalPaths.Label(name)), File.ReadAllText(EvalPaths.Sample)), LabelJson)
        ?? throw new InvalidOperationException($"{name} is empty");

    private sealed record QuoteLabels(IReadOnlyList<QuoteLabel> Quotes);

    private sealed record QuoteLabel(int Start, int End, string Speaker);

    private sealed record PeopleLabels(IReadOnlyList<PersonLabel> People, IReadOnlyList<string> Places);

    private sealed record PersonLabel(string Name, bool Author);
}
