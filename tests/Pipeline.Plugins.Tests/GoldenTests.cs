using Xunit;

namespace Pipeline.Plugins.Tests;

/// <summary>
/// Golden/&lt;folder&gt;/&lt;case&gt;.input.txt run through the real engine must give &lt;case&gt;.expected.txt.
/// The folder names the plugin; <c>chain</c> runs qr-code then whitespace.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var input in Directory.EnumerateFiles(Root, "*.input.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(input)!);
            cases.Add($"{folder}/{Path.GetFileName(input)[..^".input.txt".Length]}");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenInputBecomesTheExpectedText(string name)
    {
        var (input, expected) = Read(name);

        var result = await TestHost.RunAsync(input, Plugins(name));

        Assert.Equal(TestHost.Visible(expected), TestHost.Visible(result.Text));
        Assert.Equal(expected, result.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenOutputIsLeftAloneByASecondRun(string name)
    {
        var (_, expected) = Read(name);

        var result = await TestHost.RunAsync(expected, Plugins(name));

        Assert.All(result.Steps, step => Assert.Empty(step.Changes));
        Assert.Equal(expected, result.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryGoldenEditOfTheFirstStepRemovesExactlyTheOriginalText(string name)
    {
        var (input, _) = Read(name);

        var result = await TestHost.RunAsync(input, Plugins(name));

        var first = result.Steps[0];
        Assert.Equal(first.EditCount, first.Changes.Count);
        Assert.All(first.Changes, change =>
        {
            Assert.Equal(change.Removed, input[change.OriginalStart..change.OriginalEnd]);
            Assert.StartsWith(first.Plugin + ": ", change.Reason, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("qr-code")]
    [InlineData("whitespace")]
    [InlineData("chain")]
    public void EachFolderHasAtLeastFourCases(string folder)
    {
        var count = Cases().Cast<object[]>().Count(row => ((string)row[0]).StartsWith(folder + "/", StringComparison.Ordinal));

        Assert.True(count >= (folder == "chain" ? 2 : 4), $"{folder} has {count} golden cases");
    }

    private static (string Input, string Expected) Read(string name)
    {
        var path = Path.Combine(Root, name.Replace('/', Path.DirectorySeparatorChar));
        return (TestHost.ReadExact(path + ".input.txt"), TestHost.ReadExact(path + ".expected.txt"));
    }

    private static string[] Plugins(string name) => name[..name.IndexOf('/', StringComparison.Ordinal)] switch
    {
        "chain" => ["qr-code", "whitespace"],
        var plugin => [plugin],
    };
}
