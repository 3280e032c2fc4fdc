using System.Globalization;
using DocPipe.V1;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>
/// The sample article through the shipped host's default chain, over gRPC, held to the news plugins'
/// targets: exact metadata, no scrape artifacts, the body's bounds, attributed quotes, people.
/// </summary>
public sealed class NewsChainTests(ShippedHostFixture host) : IClassFixture<ShippedHostFixture>
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();

    private async Task<(string Sample, ProcessResponse Response)> ProcessSampleAsync()
    {
        var sample = RepoPaths.ReadSample();
        var response = await host.Client.ProcessAsync(
            new ProcessRequest { Document = new Document { Id = "sample", Text = sample } },
            deadline: DateTime.UtcNow.AddSeconds(30));
        Assert.Equal("news", response.Chain);
        // The converters' "when" leaves them out for plain text; every other step runs.
        Assert.All(response.Steps, s => Assert.True(
            s.Status == StepStatus.Ok || (s.Status == StepStatus.NotApplicable && s.Plugin is "html" or "pdf" or "docx" or "markdown"),
            $"{s.Step}: {s.Status} {s.Message}"));
        return (sample, response);
    }

    [Fact]
    public async Task Every_metadata_field_of_the_sample_is_exact()
    {
        var (_, response) = await ProcessSampleAsync();
        foreach (var (key, expected) in SampleLabels.Metadata())
        {
            Assert.True(response.Metadata.TryGetValue(key, out var actual), $"metadata '{key}' is missing");
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task None_of_the_scrapers_artifacts_is_left_in_the_text()
    {
        var (_, response) = await ProcessSampleAsync();
        var text = response.Text;
        Assert.DoesNotContain("QR code", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Story Code", text, StringComparison.Ordinal);
        Assert.DoesNotContain("News Link", text, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Metadata["source_url"], text, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Metadata["site_url"], text, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Metadata["title"], text, StringComparison.Ordinal);
        Assert.DoesNotContain($"{response.Metadata["outlet"]} | {response.Metadata["author"]}:", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', text);
    }

    [Fact]
    public async Task The_body_runs_from_the_first_paragraph_after_the_byline_to_the_last_before_the_bio()
    {
        var (sample, response) = await ProcessSampleAsync();
        var paragraphs = sample.Split('\n').Select(p => p.Replace('\u00A0', ' ').Trim()).Where(p => p.Length > 0).ToList();
        var byline = $"{response.Metadata["outlet"]} | {response.Metadata["author"]}: ";
        var first = paragraphs.Single(p => p.StartsWith(byline, StringComparison.Ordinal))[byline.Length..];
        var bio = paragraphs.FindIndex(p => p.StartsWith(response.Metadata["author"] + " is ", StringComparison.Ordinal));
        Assert.True(bio > 0, "the sample's author bio was not found");
        var last = paragraphs[bio - 1];

        Assert.StartsWith(first[..40], response.Text, StringComparison.Ordinal);
        Assert.EndsWith(last[^40..], response.Text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_are_found_with_their_speakers()
    {
        var (_, response) = await ProcessSampleAsync();
        var labels = SampleLabels.Quotes();
        var quotes = response.Annotations.Where(a => a.Type == "quote").ToList();
        var found = 0;
        var rightSpeaker = 0;
        var misses = new List<string>();
        foreach (var (start, end, speaker) in labels)
        {
            var match = quotes.FirstOrDefault(q => Overlap(q.OriginalStart, q.OriginalEnd, start, end) >= 0.5 * (end - start));
            if (match is null)
            {
                misses.Add($"[{start},{end}) not found");
                continue;
            }

            found++;
            if (match.Attributes.TryGetValue("speaker", out var said) && said == speaker)
            {
                rightSpeaker++;
            }
            else
            {
                misses.Add($"[{start},{end}) speaker '{said}' instead of '{speaker}'");
            }
        }

        var recall = found / (double)labels.Count;
        var accuracy = found == 0 ? 0 : rightSpeaker / (double)found;
        Assert.True(recall >= 0.95, $"quote recall {recall:0.000}: {string.Join("; ", misses)}");
        Assert.True(accuracy >= 0.9, $"speaker accuracy {accuracy:0.000}: {string.Join("; ", misses)}");
    }

    [Fact]
    public async Task People_are_found_by_their_fullest_names_and_no_place_or_month_is_a_person()
    {
        var (_, response) = await ProcessSampleAsync();
        var (people, places) = SampleLabels.People();
        var persons = response.Annotations.Where(a => a.Type == "person").ToList();
        var names = persons.Select(p => p.Attributes.TryGetValue("canonical", out var c) ? c : p.Text).ToHashSet(StringComparer.Ordinal);

        // scrape-layout moves the byline out of the text; its writer is then found in the metadata.
        var missing = people.Where(p => !names.Contains(p.Name) && !(p.Author && response.Metadata["author"] == p.Name)).Select(p => p.Name).ToList();
        var recall = 1 - (missing.Count / (double)people.Count);
        Assert.True(recall >= 0.95, $"people recall {recall:0.000}; missing: {string.Join(", ", missing)}");

        var wrong = persons.Where(p => places.Contains(p.Text) || Months.Contains(p.Text)).Select(p => p.Text).Distinct().ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_span_is_where_its_offsets_say_in_the_cleaned_and_the_submitted_text()
    {
        var (sample, response) = await ProcessSampleAsync();
        Assert.NotEmpty(response.Annotations);
        foreach (var annotation in response.Annotations)
        {
            Assert.Equal(annotation.Text, CodePoints.Slice(response.Text, annotation.Start, annotation.End));
            if (annotation.OriginalStart >= 0 && annotation.Type is "person" or "keyword" or "location" or "organization")
            {
                // Names and keywords are single runs of text the cleaners only ever touch in their spaces.
                Assert.Equal(
                    annotation.Text.Replace('\u00A0', ' '),
                    CodePoints.Slice(sample, annotation.OriginalStart, annotation.OriginalEnd).Replace('\u00A0', ' '));
            }
        }
    }

    [Fact]
    public async Task The_sample_gets_a_summary_keywords_and_sentences()
    {
        var (_, response) = await ProcessSampleAsync();
        Assert.NotNull(response.Summary);
        Assert.NotEmpty(response.Summary.Sentences);
        Assert.All(response.Summary.Sentences, s => Assert.Contains(CodePoints.Slice(response.Text, s.Start, s.End), response.Summary.Text, StringComparison.Ordinal));
        Assert.Contains(response.Annotations, a => a.Type == "keyword");
        Assert.Contains(response.Annotations, a => a.Type == "sentence");
        Assert.Contains(response.Annotations, a => a.Type == "date");
        Assert.Equal("en", response.Metadata["language"]);
    }

    private static int Overlap(int aStart, int aEnd, int bStart, int bEnd) => Math.Max(0, Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart));
}
