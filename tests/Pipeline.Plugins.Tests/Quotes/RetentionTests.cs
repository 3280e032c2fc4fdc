using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Plugins.Tests.Entities;
using Xunit;

namespace Pipeline.Plugins.Tests.Quotes;

/// <summary>
/// What the entity and quote steps keep on the collected heap once a long document is done: a host that ran one
/// stays at the size it had (token arrays rented from the shared pool once stayed there). Their storage outside the
/// collected heap is not measured here. Alone in its collection, so that no other test's documents are alive while
/// the heap is measured.
/// </summary>
[Collection(nameof(RetentionTests))]
[CollectionDefinition(nameof(RetentionTests), DisableParallelization = true)]
public sealed class RetentionTests
{
    private const long Megabyte = 1 << 20;

    private static readonly Chain EntitiesAndQuotes = ChainLoader.BuildInline(
        """{ "steps": [ { "plugin": "entities", "timeoutMs": 60000 }, { "plugin": "quotes", "timeoutMs": 60000 } ] }""",
        ExtractorHost.Registry);

    [Fact]
    public async Task ALongDocumentLeavesNothingBehindOnTheCollectedHeap()
    {
        // About 2 MB and 450,000 tokens: token storage of some 10 MB in each step.
        var text = string.Concat(Enumerable.Range(0, 16_000).Select(i =>
            $"Mayor Ilse Verhoeven{i % 40} met Dariusz Kelmont in Lyon. “The bridge opens in May,” Verhoeven{i % 40} said.\n\n"));
        await RunAndLetGoAsync("warm up, so that what stays for good is there before the measure");
        var before = LiveBytes();

        var found = await RunAndLetGoAsync(text);
        await RunOtherWorkOnEveryPoolThread();
        var after = LiveBytes();

        Assert.Equal(16_000, found);
        Assert.True(after - before < 8 * Megabyte, $"{(after - before) / (double)Megabyte:0.0} MB more alive after the document than before it");
    }

    private static async Task<int> RunAndLetGoAsync(string text)
    {
        var result = await ExtractorHost.RunAsync(EntitiesAndQuotes, text);
        return result.Annotations.Count(a => a.Type == "quote");
    }

    // An idle pool thread can hold the last work item it ran, and with it the last document, until it runs another.
    private static Task RunOtherWorkOnEveryPoolThread() =>
        Task.WhenAll(Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(_ => Task.Run(() => Thread.SpinWait(1000))));

    private static long LiveBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
