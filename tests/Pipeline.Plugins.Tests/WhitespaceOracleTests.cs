using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Pipeline.Plugins.Tests;

/// <summary>
/// Random documents built from scrape-like pieces, cleaned by the plugin and by a slow line-by-line
/// restatement of the rules; the two must agree exactly.
/// </summary>
public sealed class WhitespaceOracleTests
{
    private static readonly string[] Words =
    [
        "harbour", "Story", "Code:", "12", "Jan", "“quoted”", "dash—dash", "Cafe\u0301", "Zu\u0308rich", "A\u030Angstro\u0308m",
        "\u1112\u1161\u11AB", "\U0001F600", "\U0001F469\u200D\U0001F373", "\U0001F1F3\U0001F1F4", "ma\u0302\u0323t", "\u212B", "x",
    ];

    private static readonly string[] Separators =
    [
        " ", " ", " ", "  ", "\t", " \t ", "\u00A0", "\u202F", "\u2007", "\u200B", "\uFEFF", "\u2060", "\u200C", " \u00A0 ",
        "\n", "\n", "\r\n", "\r", "\n\n", "\n\n\n", "\n \n\u00A0\n", "\r\n\r\n\r\n", " \n ", "\u00A0\n", "\n\t",
    ];

    /// <summary>Words already in NFC: a document of these alone takes the plugin's path that looks at runs only.</summary>
    private static readonly string[] NfcWords = [.. Words.Where(w => w.IsNormalized())];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(7, true)]
    [InlineData(8, true)]
    [InlineData(9, true)]
    [InlineData(10, true)]
    public async Task RandomDocumentsAreCleanedAsTheRulesSay(int seed, bool nfcOnly)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var text = Document(random, nfcOnly ? NfcWords : Words);

            var result = await TestHost.RunAsync(text, "whitespace");

            Assert.Equal(TestHost.Visible(Expected(text)), TestHost.Visible(result.Text));
            Assert.All(result.Steps[0].Changes, change => Assert.Equal(change.Removed, text[change.OriginalStart..change.OriginalEnd]));
            Assert.Equal(0, (await TestHost.RunAsync(result.Text, "whitespace")).Steps[0].EditCount);
        }
    }

    private static string Document(Random random, string[] words)
    {
        var text = new StringBuilder();
        var pieces = random.Next(0, 40);
        var word = random.Next(2) == 0;
        for (var i = 0; i < pieces; i++, word = !word)
        {
            text.Append(word ? words[random.Next(words.Length)] : Separators[random.Next(Separators.Length)]);
        }

        return text.ToString();
    }

    private static string Expected(string text)
    {
        var lines = Regex.Split(text, "\r\n|\r|\n", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(Clean).ToList();
        var result = new StringBuilder();
        var blank = false;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                blank = true;
                continue;
            }

            if (last >= 0)
            {
                result.Append(blank ? "\n\n" : "\n");
            }

            result.Append(lines[i]);
            blank = false;
            last = i;
        }

        if (last >= 0 && last < lines.Count - 1)
        {
            result.Append('\n');
        }

        return result.ToString();
    }

    private static string Clean(string line)
    {
        var spaced = Regex.Replace(line, "[\u00A0\u202F\u2007]", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        var visible = Regex.Replace(spaced, "[\u200B\u200C\u2060\uFEFF]", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1));
        var collapsed = Regex.Replace(visible, "[ \t]{2,}", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        return collapsed.Trim(' ', '\t').Normalize();
    }
}
