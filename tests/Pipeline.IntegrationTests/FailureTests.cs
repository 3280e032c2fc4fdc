using System.Diagnostics;
using System.Text.RegularExpressions;
using DocPipe.V1;
using Google.Rpc;
using Grpc.Core;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>Process calls that fail: each with the status code and message the API promises, and the host serving on afterwards.</summary>
[Collection(SharedHost.Name)]
public sealed partial class FailureTests(HostFixture host)
{
    private static readonly string[] SkipChainSteps = ["whitespace", "boom", "after"];

    [Fact]
    public async Task An_unknown_chain_is_NOT_FOUND_and_the_message_lists_the_configured_chains()
    {
        var ex = await ProcessFailsAsync(new ProcessRequest { Chain = "no-such-chain", Document = Short("unknown") });

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains("'no-such-chain'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.All(HostFixture.ChainNames, name => Assert.Contains(name, ex.Status.Detail, StringComparison.Ordinal));
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task An_invalid_inline_chain_is_INVALID_ARGUMENT_with_a_field_violation_per_error()
    {
        var ex = await ProcessFailsAsync(new ProcessRequest { ChainJson = InvalidChain.Json, Document = Short("invalid-chain") });

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.StartsWith("invalid chain_json", ex.Status.Detail, StringComparison.Ordinal);
        var status = ex.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(InvalidChain.Expected.Count, badRequest.FieldViolations.Count);
        foreach (var (violation, expected) in badRequest.FieldViolations.Zip(InvalidChain.Expected))
        {
            Assert.Equal("chain_json" + expected.Path.TrimStart('$'), violation.Field);
            Assert.StartsWith($"line {expected.Line}, column {expected.Column}: ", violation.Description, StringComparison.Ordinal);
            Assert.Contains(expected.MessagePart, violation.Description, StringComparison.Ordinal);
            Assert.Contains(expected.Path, ex.Status.Detail, StringComparison.Ordinal);
        }

        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_INVALID_ARGUMENT_naming_the_limit()
    {
        var tooLong = new string('a', HostFixture.MaxDocumentBytes + 1);

        // The limit counts UTF-8 bytes: fewer characters than the limit, but two bytes each.
        var tooManyBytes = new string('é', (HostFixture.MaxDocumentBytes / 2) + 1);

        foreach (var text in new[] { tooLong, tooManyBytes })
        {
            var ex = await ProcessFailsAsync(new ProcessRequest { Chain = "empty", Document = new Document { Id = "too-large", Text = text } });

            Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
            Assert.Contains("Pipeline:MaxDocumentBytes", ex.Status.Detail, StringComparison.Ordinal);
            var limit = LimitPattern().Match(ex.Status.Detail);
            Assert.True(limit.Success, ex.Status.Detail);
            Assert.Equal(HostFixture.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), Digits(limit.Groups[1].Value));
        }

        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_step_that_throws_with_onError_fail_is_INTERNAL_naming_the_step_and_the_plugin()
    {
        var ex = await ProcessFailsAsync(new ProcessRequest { Chain = "throws-fail", Document = Short("throws") });

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.Contains("step 'boom'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("plugin throws", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("kaboom", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("boom", ex.Trailers.GetValue("docpipe-step"));
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_step_that_throws_with_onError_skip_is_reported_FAILED_and_the_document_goes_on_as_it_was_before_it()
    {
        var text = "  a mark\u00A0here  \n";

        var response = await host.Client.ProcessAsync(new ProcessRequest { Chain = "throws-skip", Document = new Document { Id = "skip", Text = text } });

        // The text is what the whitespace step left; nothing the failed step recorded (its metadata) was kept.
        Assert.Equal("a mark here\n", response.Text);
        Assert.False(response.Metadata.ContainsKey("throws-was-here"));
        Assert.Equal(SkipChainSteps, response.Steps.Select(s => s.Step));
        Assert.Equal(StepStatus.Ok, response.Steps[0].Status);
        var failed = response.Steps[1];
        Assert.Equal(StepStatus.Failed, failed.Status);
        Assert.Equal("throws", failed.Plugin);
        Assert.Contains("kaboom", failed.Message, StringComparison.Ordinal);
        Assert.Contains("skip", failed.Message, StringComparison.Ordinal);
        Assert.Equal(0, failed.Edits);
        Assert.Equal(StepStatus.Ok, response.Steps[2].Status);
        var mark = Assert.Single(response.Annotations);
        Assert.Equal("mark", mark.Text);
        Assert.Equal((2, 6), (mark.Start, mark.End));
        Assert.Equal((4, 8), (mark.OriginalStart, mark.OriginalEnd));
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_step_that_hangs_past_its_timeout_is_ABORTED_naming_the_step_and_the_host_serves_the_next_request_at_once()
    {
        var started = Stopwatch.StartNew();
        var ex = await ProcessFailsAsync(new ProcessRequest { Chain = "slow", Document = Short("slow") });
        var elapsed = started.Elapsed;

        Assert.Equal(StatusCode.Aborted, ex.StatusCode);
        Assert.Contains("step 'stuck'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("plugin hangs", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("300 ms", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("stuck", ex.Trailers.GetValue("docpipe-step"));

        // The step sleeps 20 s ignoring its token: the host must abandon it at its timeout, not wait for it.
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"ABORTED only after {elapsed.TotalMilliseconds:0} ms");
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_step_that_rejects_the_document_is_INVALID_ARGUMENT_naming_the_step_and_the_plugin()
    {
        var ex = await ProcessFailsAsync(new ProcessRequest { Chain = "rejects", Document = Short("rejects") });

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("step 'gate'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("plugin rejects", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("not a news article", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("gate", ex.Trailers.GetValue("docpipe-step"));
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_step_that_records_overlapping_edits_is_INTERNAL_naming_the_step()
    {
        var ex = await ProcessFailsAsync(new ProcessRequest { Chain = "bad-edits", Document = Short("bad-edits") });

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.Contains("step 'overlap'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("plugin bad-edits", ex.Status.Detail, StringComparison.Ordinal);
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_client_deadline_ends_a_long_step_with_DEADLINE_EXCEEDED_promptly_and_the_host_keeps_serving()
    {
        var started = Stopwatch.StartNew();
        var ex = await ProcessFailsAsync(
            new ProcessRequest { Chain = "waits", Document = Short("deadline") },
            deadline: DateTime.UtcNow.AddMilliseconds(300));
        var elapsed = started.Elapsed;

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        // The step would wait 30 s; the call must end at its deadline, not when the step finishes.
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"DEADLINE_EXCEEDED only after {elapsed.TotalMilliseconds:0} ms");
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_request_without_a_document_is_INVALID_ARGUMENT()
    {
        var ex = await ProcessFailsAsync(new ProcessRequest { Chain = "empty" });

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("no document", ex.Status.Detail, StringComparison.Ordinal);
        await host.AssertStillServesAsync();
    }

    private static Document Short(string id) => new() { Id = id, Text = "A short document with a mark.\n" };

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"the limit is ([\d.,'\s\u00A0\u202F]+) bytes")]
    private static partial Regex LimitPattern();

    private async Task<RpcException> ProcessFailsAsync(ProcessRequest request, DateTime? deadline = null)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Client.ProcessAsync(request, deadline: deadline ?? DateTime.UtcNow.AddSeconds(30)));
        Assert.NotEqual(StatusCode.OK, ex.StatusCode);
        return ex;
    }
}
