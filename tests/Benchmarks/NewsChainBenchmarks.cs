using BenchmarkDotNet.Attributes;
using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;

namespace Pipeline.Benchmarks;

/// <summary>
/// Every shipped chain on the sample article, in-process, one document at a time on one thread: the
/// mean is the time one core needs per document (1 ms means 1,000 documents per second per core).
/// </summary>
[MemoryDiagnoser]
public class NewsChainBenchmarks
{
    private PipelineRuntime _runtime = null!;
    private Chain _chain = null!;
    private DocumentInput _document = null!;

    [ParamsSource(nameof(Chains))]
    public string ChainName { get; set; } = "news";

    public static IEnumerable<string> Chains()
    {
        using var runtime = BuiltIns.Start();
        return [.. runtime.Current.Chains.Chains.Select(c => c.Name)];
    }

    [GlobalSetup]
    public void Setup()
    {
        _runtime = BuiltIns.Start();
        _chain = _runtime.Current.Chains.Find(ChainName)!;
        _document = new DocumentInput { Id = "sample", Text = BuiltIns.Sample() };
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.Dispose();

    [Benchmark]
    public async Task<int> Sample()
    {
        var result = await _chain.RunAsync(_document, trace: false, CancellationToken.None);
        return result.Annotations.Count;
    }
}
