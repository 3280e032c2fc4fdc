using System.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.DatesUrls;

/// <summary>
/// Every pattern is linear, so a document is scanned whole within the step's time limit, whatever it holds: an
/// 8 MB article, and a megabyte of each input that would make a careless pattern backtrack (a quadratic scan of a
/// megabyte would take hours). How cost grows with size is measured by the benchmarks, not here.
/// </summary>
public sealed class DateUrlScaleTests
{
    private const int EightMegabytes = 8 << 20;
    private const int OneMegabyte = 1 << 20;

    [Fact]
    public async Task EightMegabytesOfNewsGiveEveryDateAndUrl()
    {
        const string unit = "On 3 Mar 2018 the council, in 2015 and since January, wrote to https://example.org/a?b=1 and harbour.co.uk. ";
        var text = new StringBuilder(EightMegabytes + unit.Length).Insert(0, unit, EightMegabytes / unit.Length).ToString();

        var all = await DateUrlHost.AllAsync(text);

        Assert.Equal(5 * (EightMegabytes / unit.Length), all.Count);
    }

    [Theory]
    [InlineData("1 1 1 1 1 1 1 1 ")]
    [InlineData("a.a.a.a.a.a.a.a.")]
    [InlineData("March March May in in ")]
    [InlineData("2015 2015 the 2015 ")]
    [InlineData("http://x")]
    [InlineData("www.")]
    [InlineData("x.com/((((()))))))")]
    public async Task AMegabyteOfAnAwkwardInputIsScannedWithinTheStepLimit(string unit)
    {
        var text = new StringBuilder(OneMegabyte + unit.Length).Insert(0, unit, OneMegabyte / unit.Length).ToString();

        // AllAsync fails the test unless the step ends Ok, within its time limit and without a regex timeout.
        await DateUrlHost.AllAsync(text);
    }
}
