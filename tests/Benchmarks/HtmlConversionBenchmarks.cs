using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;

namespace Pipeline.Benchmarks;

/// <summary>
/// The <c>html</c> converter alone on every page of <c>../shared/eval/html-main-text</c> (read in place), in-process,
/// one page at a time on one thread: each operation converts the next page, round the 181, so the mean is the
/// time one core needs per page of the benchmark (an invocation of all of them is too long for the in-process toolchain).
/// </summary>
[MemoryDiagnoser]
public class HtmlConversionBenchmarks
{
    /// <summary>The benchmark's page count; a different folder fails the setup rather than misreport.</summary>
    private const int Pages = 181;

    private PipelineRuntime _runtime = null!;
    private Chain _chain = null!;
    private DocumentInput[] _pages = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = BuiltIns.Start();
        _chain = ChainLoader.BuildInline("""{"steps":[{"plugin":"html"}]}""", _runtime.Current.Plugins);
        _pages = [.. EvalPages().Select((html, i) => new DocumentInput { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Text = html })];
        if (_pages.Length != Pages)
        {
            throw new InvalidOperationException($"expected {Pages} pages in html-main-text, found {_pages.Length}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.Dispose();

    [Benchmark]
    public async Task<int> HtmlPage()
    {
        var page = _pages[_next];
        _next = (_next + 1) % _pages.Length;
        var result = await _chain.RunAsync(page, trace: false, CancellationToken.None);
        return result.Text.Length;
    }

    private static IEnumerable<string> EvalPages()
    {
        var folder = Path.Combine(BuiltIns.Shared(), "eval", "html-main-text", "html");
        foreach (var file in Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, new UTF8Encoding(false, false));
            yield return reader.ReadToEnd();
        }
    }
}
