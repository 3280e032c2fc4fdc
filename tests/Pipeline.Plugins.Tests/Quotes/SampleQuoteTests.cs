using System.Text.Json;
using Pipeline.Core.Engine;
using Pipeline.Plugins.Tests.Entities;
using Xunit;

namespace Pipeline.Plugins.Tests.Quotes;

/// <summary>
/// The shared sample article, read at run time, against our labels in tests/Pipeline.Evaluation/Labels: the
/// targets the evaluation tool reports, held here on every test run.
/// </summary>
public sealed class SampleQuoteTests
{
    private const string SampleName = "000_2513f709a0890ad6.txt";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SampleQuotesAreFoundWithTheirSpeakers(bool straightQuotes)
    {
        var (original, result) = await RunAsync(straightQuotes);
        var labels = Labels<QuoteLabels>("sample-quotes.json").Quotes;
        var quotes = result.Annotations.Where(a => a.Type == "quote").Select(a => (Span: result.Map.ToOriginal(a.Start, a.End), Speaker: a.Attributes.GetValueOrDefault("speaker"))).ToList();

        var found = 0;
        var right = 0;
        var misses = new List<string>();
        foreach (var label in labels)
        {
            // The sample holds no character beyond the BMP, so its code point offsets are UTF-16 offsets too.
            var match = quotes.FirstOrDefault(q => Overlap(label.Start, label.End, q.Span.Start, q.Span.End) >= 0.5);
            if (match.Speaker is null && match.Span == default)
            {
                misses.Add($"missed [{label.Start}, {label.End})");
                continue;
            }

            found++;
            if (Normalize(match.Speaker ?? string.Empty) == Normalize(label.Speaker))
            {
                right++;
            }
            else
            {
                misses.Add($"[{label.Start}, {label.End}) by '{match.Speaker}', not '{label.Speaker}'");
            }
        }

        Assert.DoesNotContain(original, c => char.IsSurrogate(c));
        Assert.True(found >= 0.95 * labels.Count, $"quote recall {found}/{labels.Count}: {string.Join("; ", misses)}");
        Assert.True(right >= 0.9 * found, $"speaker accuracy {right}/{found}: {string.Join("; ", misses)}");
        Assert.True(quotes.Count <= labels.Count + 1, $"{quotes.Count} quotes for {labels.Count} labelled");
    }

    [Fact]
    public async Task SamplePeopleAreFoundByTheirFullestNamesAndNoPlaceOrMonthIsAPerson()
    {
        var (_, result) = await RunAsync(straightQuotes: false);
        var labels = Labels<PeopleLabels>("sample-people.json");
        var persons = result.Annotations.Where(a => a.Type == "person").ToList();
        var canonicals = persons.Select(p => Normalize(p.Attributes["canonical"])).ToHashSet();

        var missing = labels.People.Select(p => p.Name).Where(name => !canonicals.Contains(Normalize(name))).ToList();
        Assert.True(labels.People.Count - missing.Count >= 0.95 * labels.People.Count, $"people not found: {string.Join(", ", missing)}");

        var places = labels.Places.Select(Normalize).ToHashSet();
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "mar"];
        Assert.DoesNotContain(persons, p => places.Contains(Normalize(result.Text[p.Start..p.End])) || months.Contains(Normalize(result.Text[p.Start..p.End])));
        Assert.All(persons, p => Assert.Contains(Normalize(p.Attributes["canonical"]), labels.People.Select(l => Normalize(l.Name))));
    }

    private static async Task<(string Original, ChainResult Result)> RunAsync(bool straightQuotes)
    {
        var path = Path.Combine(RepoRoot.Samples, SampleName);
        Assert.True(File.Exists(path), $"the shared sample {path} is missing (tests expect shared/ beside the repository)");
        var original = TestHost.ReadExact(path);

        // Straightened quotes, as the whitespace cleaner can be asked to make them, must work as well.
        var text = straightQuotes ? original.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'') : original;
        return (original, await ExtractorHost.RunAsync(text, "qr-code", "whitespace", "entities", "quotes"));
    }

    private static T Labels<T>(string name)
    {
        var path = Path.Combine(RepoRoot.Path, "tests", "Pipeline.Evaluation", "Labels", name);
        return JsonSerializer.Deserialize<T>(Pipeline.Evaluation.Support.SampleSpans.Resolve(File.ReadAllText(path), File.ReadAllText(Path.Combine(RepoRoot.Samples, SampleName))), Json) ?? throw new InvalidOperationException($"{path} is empty");
    }

    private static double Overlap(int start, int end, int otherStart, int otherEnd)
    {
        var shared = Math.Min(end, otherEnd) - Math.Max(start, otherStart);
        var longer = Math.Max(end - start, otherEnd - otherStart);
        return shared <= 0 || longer <= 0 ? 0 : (double)shared / longer;
    }

    private static string Normalize(string name)
    {
        var plain = string.Join(' ', name.Replace('’', '\'').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return plain.StartsWith("the ", StringComparison.Ordinal) ? plain[4..] : plain;
    }

    private sealed record QuoteLabels(IReadOnlyList<QuoteLabel> Quotes);

    private sealed record QuoteLabel(int Start, int End, string Speaker);

    private sealed record PeopleLabels(IReadOnlyList<PersonLabel> People, IReadOnlyList<string> Places);

    private sealed record PersonLabel(string Name, bool Author);
}
