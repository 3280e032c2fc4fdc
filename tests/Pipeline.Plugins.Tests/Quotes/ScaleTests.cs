using System.Diagnostics;
using Pipeline.Plugins.Tests.Entities;
using Xunit;

namespace Pipeline.Plugins.Tests.Quotes;

/// <summary>Long and hostile documents stay linear: bounds generous enough for a debug build on a busy machine.</summary>
public sealed class ScaleTests
{
    [Fact]
    public async Task AThousandPeopleAndTheirQuotesTakeLinearTime()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"President Alaric Vennholt{i} met Maria Ostrovska{i}. “We agree on the tolls,” Vennholt{i} said. “And the cranes.” She added, “We will see.”\n\n"));

        var watch = Stopwatch.StartNew();
        var result = await ExtractorHost.RunAsync(text, "entities", "quotes");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(9000, result.Annotations.Count(a => a.Type == "quote"));
        Assert.Equal("Maria Ostrovska2999", result.Annotations.Last(a => a.Type == "quote").Attributes["speaker"]);
    }

    [Fact]
    public async Task UnbalancedQuotationMarksAndEndlessCapitalsTakeLinearTime()
    {
        var text = string.Concat(Enumerable.Repeat("“Alpha Beta Gamma of Delta and Epsilon Zeta “ ", 20000)) + string.Concat(Enumerable.Repeat("\" ", 50000));

        var watch = Stopwatch.StartNew();
        await ExtractorHost.RunAsync(text, "entities", "quotes");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
