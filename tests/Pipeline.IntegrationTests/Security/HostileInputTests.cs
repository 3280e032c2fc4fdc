using System.Net;
using System.Text;
using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests.Security;

/// <summary>
/// Hostile input in bounded, seeded loops (set DOCPIPE_FUZZ_SEED to replay; every failure names the seed
/// and the case): each gets the status its mistake deserves, never UNKNOWN or INTERNAL, and the host serves a
/// plain request after every batch.
/// </summary>
[Collection(SharedHost.Name)]
public sealed class HostileInputTests(HostFixture host)
{
    private const int Iterations = 240;

    /// <summary>Every built-in plugin, so that odd text meets every tokenizer and pattern.</summary>
    private const string AllPlugins = """
        {"steps": [{"plugin": "qr-code"}, {"plugin": "scrape-layout"}, {"plugin": "whitespace"}, {"plugin": "metadata"},
          {"plugin": "sentences"}, {"plugin": "entities"}, {"plugin": "quotes"}, {"plugin": "dates-urls"},
          {"plugin": "keywords"}, {"plugin": "textrank"}]}
        """;

    private const string JsonCharacters = "{}[]\":,01-e9aZ\\ ";

    private static readonly StatusCode[] ClientMistakes = [StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.ResourceExhausted];

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("DOCPIPE_FUZZ_SEED"), out var seed) ? seed : 20261125;

    [Fact]
    public async Task Random_truncated_and_mutated_protobuf_frames_are_INVALID_ARGUMENT_or_served_never_UNKNOWN_or_INTERNAL()
    {
        var random = new Random(Seed);
        using var http = JsonClient.Create(host.Address, HttpVersion.Version20);
        string[] methods = ["Process", "ProcessStream", "ValidateChain", "ListChains", "ListPlugins"];
        var valid = new ProcessRequest { Chain = "news", ChainJson = string.Empty, Trace = true, Document = new Document { Id = "f", Text = "QR code\nHello\u00A0world", MediaType = "text/plain", Metadata = { ["k"] = "v" } } }.ToByteArray();
        var seen = new HashSet<StatusCode>();

        for (var i = 0; i < Iterations; i++)
        {
            var method = methods[random.Next(methods.Length)];
            var (kind, payload, declared) = Mutate(random, valid);
            var (code, message) = await RawGrpc.CallAsync(http, method, payload, declared);
            seen.Add(code);

            Assert.True(ClientMistakes.Contains(code), $"seed {Seed}, case {i} ({kind} to {method}, {Convert.ToHexString(payload)}): {code} {message}");
            if (i % 60 == 59)
            {
                await host.AssertStillServesAsync();
            }
        }

        // The loop reached both sides: messages refused and messages served.
        Assert.Contains(StatusCode.InvalidArgument, seen);
        Assert.Contains(StatusCode.OK, seen);
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_string_field_is_INVALID_ARGUMENT_naming_UTF8()
    {
        using var http = JsonClient.Create(host.Address, HttpVersion.Version20);
        // ProcessRequest.document (2) { text (2): C3 28, an invalid two-byte sequence }.
        byte[] payload = [0x12, 0x04, 0x12, 0x02, 0xC3, 0x28];

        foreach (var method in new[] { "Process", "ProcessStream" })
        {
            var (code, message) = await RawGrpc.CallAsync(http, method, payload);

            Assert.Equal(StatusCode.InvalidArgument, code);
            Assert.Contains("UTF-8", message, StringComparison.Ordinal);
        }

        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task Odd_text_through_every_built_in_plugin_is_processed_and_every_span_fits_the_text()
    {
        var random = new Random(Seed);
        var texts = new List<(string Kind, string Text)>
        {
            ("combining marks", string.Concat(Enumerable.Repeat("a" + new string('\u0301', 300) + " ", 50))),
            ("lone surrogates", "Lone \uD800 high and \uDC00 low surrogates. \uD83D"),
            ("right-to-left", "\u202EReversed\u202C \u200Fmark\u200E \u2067isolate\u2069. Said \u05E9\u05DC\u05D5\u05DD \"quoted\" John Smith."),
            ("control characters", string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)) + "\u007F\u0085\u2028\u2029 QR code\r\n\fDone."),
            ("zero-width and BOM", "\uFEFF\u200B\u200C\u200D\u2060Zero\u200Bwidth\uFEFF."),
            ("one very long word", new string('x', 200_000)),
            ("many short lines", string.Concat(Enumerable.Repeat("a\n", 50_000))),
        };
        for (var i = 0; i < 40; i++)
        {
            texts.Add(($"random code points {i}", RandomText(random, random.Next(1, 3000))));
        }

        foreach (var (kind, text) in texts)
        {
            ProcessResponse response;
            try
            {
                response = await host.Client.ProcessAsync(new ProcessRequest { ChainJson = AllPlugins, Document = new Document { Id = kind, Text = text } }, deadline: DateTime.UtcNow.AddSeconds(60));
            }
            catch (RpcException ex)
            {
                throw new Xunit.Sdk.XunitException($"seed {Seed}, {kind}: {ex.StatusCode} {ex.Status.Detail}");
            }

            Assert.All(response.Steps, s => Assert.True(s.Status == StepStatus.Ok, $"seed {Seed}, {kind}: step {s.Step} {s.Status} {s.Message}"));
            Assert.All(response.Annotations, a => Assert.Equal(CodePoints.Slice(response.Text, a.Start, a.End), a.Text));
        }

        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task Hostile_inline_chains_are_INVALID_ARGUMENT_and_mutations_of_a_good_one_never_UNKNOWN_or_INTERNAL()
    {
        var cases = new Dictionary<string, string>
        {
            ["deep nesting"] = "{\"steps\": " + new string('[', 10_000) + new string(']', 10_000) + "}",
            ["deep objects"] = string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000),
            ["timeoutMs 1e300"] = """{"steps": [{"plugin": "whitespace", "timeoutMs": 1e300}]}""",
            ["timeoutMs -1"] = """{"steps": [{"plugin": "whitespace", "timeoutMs": -1}]}""",
            ["timeoutMs huge integer"] = """{"steps": [{"plugin": "whitespace", "timeoutMs": 99999999999999999999999999999}]}""",
            ["option 1e300"] = """{"steps": [{"plugin": "textrank", "options": {"sentences": 1e300}}]}""",
            ["duplicate keys"] = """{"steps": [{"plugin": "whitespace", "plugin": "qr-code"}]}""",
            ["duplicate option keys"] = """{"steps": [{"plugin": "textrank", "options": {"sentences": 2, "sentences": 3}}]}""",
            ["unknown field"] = """{"steps": [{"plugin": "whitespace", "script": "rm -rf /"}]}""",
            ["unknown option"] = """{"steps": [{"plugin": "whitespace", "options": {"file": "/etc/passwd"}}]}""",
            ["path as plugin"] = """{"steps": [{"plugin": "../../etc/passwd"}]}""",
            ["not JSON"] = "\u0000\u0001{",
            ["invalid regex option"] = """{"steps": [{"plugin": "scrape-layout", "options": {"ignoredLinePattern": "(unclosed"}}]}""",
        };
        foreach (var (kind, json) in cases)
        {
            var ex = await Assert.ThrowsAsync<RpcException>(() => host.Client.ProcessAsync(Request(json, kind), deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);
            Assert.True(ex.StatusCode == StatusCode.InvalidArgument, $"{kind}: {ex.StatusCode} {ex.Status.Detail}");
        }

        var random = new Random(Seed);
        var good = """{"steps": [{"id": "w", "plugin": "whitespace", "timeoutMs": 2000, "onError": "skip", "options": {"collapseBlankLines": true}}, {"plugin": "textrank", "options": {"sentences": 2}}]}""";
        for (var i = 0; i < Iterations; i++)
        {
            var json = MutateText(random, good);
            var code = StatusCode.OK;
            var detail = string.Empty;
            try
            {
                await host.Client.ProcessAsync(Request(json, "mutated"), deadline: DateTime.UtcNow.AddSeconds(30));
            }
            catch (RpcException ex)
            {
                (code, detail) = (ex.StatusCode, ex.Status.Detail);
            }

            Assert.True(code is StatusCode.OK or StatusCode.InvalidArgument, $"seed {Seed}, case {i} ({json}): {code} {detail}");
        }

        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_catastrophic_regular_expression_in_options_ends_the_step_ABORTED_at_its_match_timeout_and_the_host_keeps_serving()
    {
        // (a+)+$ on 'aaa…ab' backtracks exponentially; lines up to 256 characters are tried against ignoredLinePattern.
        var chain = """{"steps": [{"id": "layout", "plugin": "scrape-layout", "timeoutMs": 60000, "options": {"ignoredLinePattern": "^(a+)+$"}}]}""";
        var text = "Title\n\n" + new string('a', 200) + "b\n\nBody.\n";

        var ex = await Assert.ThrowsAsync<RpcException>(() => host.Client.ProcessAsync(Request(chain, "redos", text), deadline: DateTime.UtcNow.AddSeconds(50)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, ex.StatusCode);
        Assert.Contains("step 'layout'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("RegexMatchTimeoutException", ex.Status.Detail, StringComparison.Ordinal);
        await host.AssertStillServesAsync();
    }

    private static ProcessRequest Request(string chainJson, string id, string text = "QR code\nSome text. More text.\n") =>
        new() { ChainJson = chainJson, Document = new Document { Id = id, Text = text } };

    private static (string Kind, byte[] Payload, int? Declared) Mutate(Random random, byte[] valid)
    {
        switch (random.Next(6))
        {
            case 0:
                return ("random bytes", RandomBytes(random, random.Next(0, 200)), null);
            case 1:
                return ("truncated", valid[..random.Next(0, valid.Length)], null);
            case 2:
                var flipped = (byte[])valid.Clone();
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return ("bytes flipped", flipped, null);
            case 3:
                return ("length lies", valid, valid.Length + random.Next(-valid.Length, 1000) is var d && d != valid.Length ? d : d + 1);
            case 4:
                // Unknown field 99 (varint) and 100 (bytes): proto3 keeps going.
                return ("unknown fields", [.. valid, 0x98, 0x06, 0x2A, 0xA2, 0x06, 0x03, 1, 2, 3], null);
            default:
                // A 5 MB string field where a short one was expected.
                var big = new ValidateChainRequest { ChainJson = new string('{', 5_000_000) }.ToByteArray();
                return ("oversized field", big, null);
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string MutateText(Random random, string text)
    {
        var builder = new StringBuilder(text);
        for (var n = random.Next(1, 4); n > 0 && builder.Length > 0; n--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, JsonCharacters[random.Next(JsonCharacters.Length)]);
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Code points from every plane, surrogates excluded (a string holds only scalar values on the wire).</summary>
    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length * 2);
        for (var i = 0; i < length; i++)
        {
            var value = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0, 0x3000),
                2 => random.Next(0, 0x10000),
                _ => random.Next(0, 0x110000),
            };
            builder.Append(Rune.IsValid(value) ? new Rune(value).ToString() : " ");
        }

        return builder.ToString();
    }
}
