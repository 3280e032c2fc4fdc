using DocPipe.V1;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>Process on documents that succeed: the sample article through the default chain, and offsets in code points.</summary>
[Collection(SharedHost.Name)]
public sealed class ProcessTests(HostFixture host)
{
    private const string MarkerPrefix = HostFixture.MarkerPrefix;
    private static readonly string[] NewsSteps = ["qr-code", "whitespace"];
    private static readonly string[] MarkerSteps = ["edit", "mark"];

    /// <summary>A document whose characters outside the BMP stand before, between and inside the marked words' neighbourhood.</summary>
    private const string AstralDocument = "𝒜 mark 😀xx😀 mark 𝒜𝒜 tail xx 👍🏽 mark\n𝄞 end";

    [Fact]
    public async Task The_sample_article_through_the_default_chain_loses_its_QR_code_line_and_its_non_breaking_spaces()
    {
        var sample = RepoPaths.ReadSample();
        Assert.Contains("QR code", sample, StringComparison.Ordinal);
        Assert.Contains('\u00A0', sample);
        var request = new ProcessRequest { Document = new Document { Id = "sample-000", Text = sample, MediaType = "text/plain" } };
        request.Document.Metadata.Add("caller", "integration-tests");
        request.Document.Metadata.Add("batch", "7");

        var response = await host.Client.ProcessAsync(request);

        Assert.Equal("sample-000", response.DocumentId);
        Assert.Equal("news", response.Chain);
        Assert.Null(response.Error);
        Assert.DoesNotContain("QR code", response.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u00A0', response.Text);
        Assert.StartsWith(RepoPaths.SampleTitle(), response.Text, StringComparison.Ordinal);
        Assert.Contains("Story Code:", response.Text, StringComparison.Ordinal);

        Assert.Equal(NewsSteps, response.Steps.Select(s => s.Step));
        Assert.Equal(NewsSteps, response.Steps.Select(s => s.Plugin));
        Assert.All(response.Steps, step =>
        {
            Assert.Equal(StepStatus.Ok, step.Status);
            Assert.True(step.DurationUs > 0, $"step {step.Step} reports no duration");
            Assert.True(step.Edits > 0, $"step {step.Step} reports no edits");
            Assert.Empty(step.Message);
            Assert.Empty(step.Changes);
        });

        Assert.Equal("integration-tests", response.Metadata["caller"]);
        Assert.Equal("7", response.Metadata["batch"]);
    }

    [Fact]
    public async Task A_traced_run_lists_every_edit_with_its_reason_and_its_original_range_in_code_points()
    {
        var sample = RepoPaths.ReadSample();
        var request = new ProcessRequest { Document = new Document { Id = "sample-trace", Text = sample }, Trace = true };

        var response = await host.Client.ProcessAsync(request);

        Assert.Equal(2, response.Steps.Count);
        foreach (var step in response.Steps)
        {
            Assert.Equal(StepStatus.Ok, step.Status);
            Assert.Equal(step.Edits, step.Changes.Count);
            Assert.NotEmpty(step.Changes);
            foreach (var edit in step.Changes)
            {
                Assert.StartsWith(step.Plugin + ":", edit.Reason, StringComparison.Ordinal);
                Assert.True(edit.OriginalStart >= 0 && edit.OriginalEnd >= edit.OriginalStart, $"{step.Step}: bad range [{edit.OriginalStart}:{edit.OriginalEnd}] ({edit.Reason})");
                Assert.Equal(edit.Removed, CodePoints.Slice(sample, edit.OriginalStart, edit.OriginalEnd));
            }
        }

        var qr = Assert.Single(response.Steps[0].Changes);
        Assert.Equal("qr-code: artifact line", qr.Reason);
        Assert.Equal(0, qr.OriginalStart);
        Assert.StartsWith("QR codeQR code", qr.Removed, StringComparison.Ordinal);
        Assert.Contains(response.Steps[1].Changes, e => e.Removed.Contains('\u00A0', StringComparison.Ordinal) && e.Reason.Contains("non-breaking space", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Annotation_offsets_count_code_points_in_both_the_processed_and_the_submitted_text()
    {
        Assert.True(CodePoints.HasAstral(AstralDocument));
        var request = new ProcessRequest { Chain = "marker", Document = new Document { Id = "astral", Text = AstralDocument }, Trace = true };

        var response = await host.Client.ProcessAsync(request);

        // The first step inserted the prefix and deleted every "xx"; both steps annotated.
        Assert.Equal(MarkerPrefix + AstralDocument.Replace("xx", string.Empty, StringComparison.Ordinal), response.Text);
        Assert.All(response.Steps, s => Assert.Equal(StepStatus.Ok, s.Status));
        AssertOffsets(AstralDocument, response);

        // The trace counts code points too: the prefix went in at 0, and each "xx" came out of its code point range.
        var edits = response.Steps[0].Changes;
        Assert.Equal(1 + CodePoints.FindAll(AstralDocument, "xx").Count, edits.Count);
        Assert.Equal((0, 0, string.Empty, MarkerPrefix), (edits[0].OriginalStart, edits[0].OriginalEnd, edits[0].Removed, edits[0].Inserted));
        Assert.Equal(CodePoints.FindAll(AstralDocument, "xx"), edits.Skip(1).Select(e => (e.OriginalStart, e.OriginalEnd)));
        Assert.All(edits, e => Assert.Equal(e.Removed, CodePoints.Slice(AstralDocument, e.OriginalStart, e.OriginalEnd)));
        Assert.Empty(response.Steps[1].Changes);
    }

    [Fact]
    public async Task Edit_ranges_of_the_built_in_cleaners_count_code_points_after_characters_outside_the_BMP()
    {
        // Astral characters before and between a QR-code line, non-breaking spaces, a decomposed é (NFC) and space runs.
        var text = "𝒜𝒜 title\nQR code\n😀 Cafe\u0301\u00A0\u00A0bar 𝄞   baz\u00A0👍🏽\n\n\n\n𝒜 end  \n";

        var response = await host.Client.ProcessAsync(new ProcessRequest { Document = new Document { Id = "astral-news", Text = text }, Trace = true });

        Assert.Equal("𝒜𝒜 title\n😀 Caf\u00E9 bar 𝄞 baz 👍🏽\n\n𝒜 end\n", response.Text);
        var edits = response.Steps.SelectMany(s => s.Changes).ToList();
        Assert.True(edits.Count >= 5, $"only {edits.Count} edits");
        Assert.All(edits, e => Assert.Equal(e.Removed, CodePoints.Slice(text, e.OriginalStart, e.OriginalEnd)));
    }

    [Fact]
    public async Task Concurrent_calls_on_one_channel_each_get_their_own_correct_answer()
    {
        var sample = RepoPaths.ReadSample();
        var expected = (await host.Client.ProcessAsync(new ProcessRequest { Document = new Document { Text = sample } })).Text;

        var calls = Enumerable.Range(0, 40).Select(async i =>
        {
            var marker = i % 2 == 1;
            var request = new ProcessRequest
            {
                Chain = marker ? "marker" : string.Empty,
                Document = new Document { Id = $"concurrent-{i}", Text = marker ? AstralDocument : sample },
            };
            var response = await host.Client.ProcessAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));
            Assert.Equal($"concurrent-{i}", response.DocumentId);
            if (marker)
            {
                AssertOffsets(AstralDocument, response);
            }
            else
            {
                Assert.Equal(expected, response.Text);
            }
        });

        await Task.WhenAll(calls);
    }

    [Fact]
    public async Task An_inline_chain_wins_over_a_named_one()
    {
        var chainJson = HostFixture.MarkerChainJson;
        var request = new ProcessRequest { Chain = "throws-fail", ChainJson = chainJson, Document = new Document { Id = "inline", Text = AstralDocument } };

        var response = await host.Client.ProcessAsync(request);

        Assert.Equal(string.Empty, response.Chain);
        Assert.Equal(MarkerSteps, response.Steps.Select(s => s.Step));
        Assert.StartsWith(MarkerPrefix, response.Text, StringComparison.Ordinal);
        AssertOffsets(AstralDocument, response);
    }

    [Fact]
    public async Task A_document_exactly_at_the_size_limit_is_accepted()
    {
        var text = new string('a', HostFixture.MaxDocumentBytes);

        var response = await host.Client.ProcessAsync(new ProcessRequest { Chain = "empty", Document = new Document { Id = "at-limit", Text = text } });

        Assert.Equal(text.Length, response.Text.Length);
        Assert.Empty(response.Steps);
    }

    /// <summary>Checks every annotation of a <c>marker</c> chain run on <paramref name="submitted"/>.</summary>
    private static void AssertOffsets(string submitted, ProcessResponse response)
    {
        var marks = CodePoints.FindAll(submitted, "mark");
        var tails = CodePoints.FindAll(submitted, "tail");

        // One "mark" in the prefix, every "mark" and "tail" of the document.
        Assert.Equal(1 + marks.Count + tails.Count, response.Annotations.Count);
        Assert.Equal(response.Annotations.OrderBy(a => a.Start).ThenBy(a => a.End).Select(a => (a.Start, a.End)), response.Annotations.Select(a => (a.Start, a.End)));
        var prefixLength = CodePoints.Length(MarkerPrefix);
        foreach (var annotation in response.Annotations)
        {
            Assert.Equal("mark", annotation.Type);
            Assert.Equal("marker", annotation.Plugin);
            Assert.Equal(annotation.Text, CodePoints.Slice(response.Text, annotation.Start, annotation.End));
            if (annotation.OriginalStart == -1)
            {
                Assert.Equal(-1, annotation.OriginalEnd);
                Assert.True(annotation.End <= prefixLength, $"annotation [{annotation.Start}:{annotation.End}] has no original range but lies outside the inserted prefix");
                continue;
            }

            Assert.Equal(annotation.Text, CodePoints.Slice(submitted, annotation.OriginalStart, annotation.OriginalEnd));
        }

        var inPrefix = Assert.Single(response.Annotations, a => a.OriginalStart == -1);
        Assert.Equal("mark", inPrefix.Text);
        Assert.Equal(CodePoints.FindAll(MarkerPrefix, "mark").Single(), (inPrefix.Start, inPrefix.End));
        Assert.Equal(marks, response.Annotations.Where(a => a.Text == "mark" && a.OriginalStart >= 0).Select(a => (a.OriginalStart, a.OriginalEnd)));
        Assert.Equal(tails, response.Annotations.Where(a => a.Text == "tail").Select(a => (a.OriginalStart, a.OriginalEnd)));
    }
}
