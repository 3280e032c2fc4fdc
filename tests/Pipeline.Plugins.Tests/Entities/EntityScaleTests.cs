using System.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Entities;

/// <summary>Documents with more names than the recognizer keeps room for between documents.</summary>
public sealed class EntityScaleTests
{
    private const int People = 6_000;

    [Fact]
    public async Task ALongDocumentsSurnamesComeInTextOrderWithTheFullNamesTheyStandFor()
    {
        var people = await ExtractorHost.PersonsAsync(Article(People));

        Assert.Equal(2 * People, people.Count);
        Assert.True(people.Zip(people.Skip(1)).All(pair => pair.First.Start < pair.Second.Start), "people out of text order");
        for (var i = 0; i < People; i++)
        {
            // The surname alone is decided after the whole text is read; it must land between the full names around it.
            Assert.Equal("Ilse " + Surname(i), people[2 * i].Text);
            Assert.Equal(Surname(i), people[(2 * i) + 1].Text);
            Assert.Equal("Ilse " + Surname(i), people[(2 * i) + 1]["canonical"]);
        }
    }

    [Fact]
    public async Task ShortDocumentsAfterLongOnesAreReadAsBefore()
    {
        const string Short = "Councillor Dariusz Kelmont opened the bridge in Lyon. Kelmont said little.";
        var expected = await ExtractorHost.EntitiesAsync(Short);

        for (var round = 0; round < 3; round++)
        {
            await ExtractorHost.EntitiesAsync(Article(People));
            var again = await Task.WhenAll(Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(_ => ExtractorHost.EntitiesAsync(Short)));

            Assert.All(again, found => Assert.Equal(expected, found, (a, b) => a.ToString() == b.ToString()));
        }
    }

    private static string Article(int people)
    {
        var text = new StringBuilder();
        for (var i = 0; i < people; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Ilse {Surname(i)} opened the new ferry pier on Monday. Later {Surname(i)} declined to comment.\n\n");
        }

        return text.ToString();
    }

    // Distinct surnames of letters only: "Vardab", "Vardac", ...
    private static string Surname(int i) => "Vard" + (char)('a' + (i / 676 % 26)) + (char)('a' + (i / 26 % 26)) + (char)('a' + (i % 26));
}
