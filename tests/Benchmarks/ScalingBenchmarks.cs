using System.Text;
using BenchmarkDotNet.Attributes;
using Pipeline.Benchmarks.Articles;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;

namespace Pipeline.Benchmarks;

/// <summary>
/// Each step of the news chain alone, and the whole chain, on generated articles from 1 KB to 8 MB and on the
/// sample. A step gets the text and metadata the news chain would hand it (the cleaners before it already
/// run), but no annotations: alone, it finds what it needs itself. The µs/MB column shows whether a step's
/// cost grows linearly with the text.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteConfig))]
public class ScalingBenchmarks
{
    /// <summary>The whole chain rather than one step.</summary>
    public const string WholeChain = "news";

    private PipelineRuntime _runtime = null!;
    private Chain _chain = null!;
    private DocumentInput _document = null!;

    [ParamsSource(nameof(Steps))]
    public string Step { get; set; } = WholeChain;

    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = ArticleSizes.Sample;

    public static IEnumerable<string> Steps()
    {
        using var runtime = BuiltIns.Start();
        return BuiltIns.TextSteps(runtime.Current.Chains.Find(WholeChain)!).Select(s => s.Id).Append(WholeChain);
    }

    public static IEnumerable<string> Articles() => ArticleSizes.Names;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = BuiltIns.Start();
        var news = _runtime.Current.Chains.Find(WholeChain)!;
        var text = ArticleSizes.Text(Article);
        if (Step == WholeChain)
        {
            _chain = BuiltIns.Rebuild(_runtime, BuiltIns.TextSteps(news));
            _document = new DocumentInput { Id = Article, Text = text };
            return;
        }

        var index = BuiltIns.TextSteps(news).ToList().FindIndex(s => s.Id == Step);
        var before = BuiltIns.Rebuild(_runtime, BuiltIns.TextSteps(news).Take(index)).RunAsync(new DocumentInput { Id = Article, Text = text }, trace: false, CancellationToken.None).GetAwaiter().GetResult();
        _chain = BuiltIns.Rebuild(_runtime, [BuiltIns.TextSteps(news)[index]]);
        _document = new DocumentInput { Id = Article, Text = before.Text, Metadata = before.Metadata };
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.Dispose();

    [Benchmark]
    public async Task<int> Run()
    {
        var result = await _chain.RunAsync(_document, trace: false, CancellationToken.None);
        return result.Failure is null ? result.Annotations.Count : throw new InvalidOperationException(result.Failure.Message);
    }

    /// <summary>The UTF-8 size of the document a benchmark case runs on.</summary>
    internal static long BytesOf(string article) => Encoding.UTF8.GetByteCount(ArticleSizes.Text(article));

}
