using System.Globalization;
using System.Text;

namespace Pipeline.Benchmarks.Articles;

/// <summary>
/// Writes news articles of any size in the scrape layout the news chain reads (QR-code artifact, title,
/// timestamp, outlet and author before the first paragraph, bio, footer), from sentences of our own with
/// people, organisations, places, quotes with speakers, dates and links in them. The same seed gives the same
/// article, so benchmarks compare like with like.
/// </summary>
internal static class ArticleGenerator
{
    private static readonly string[] People =
    [
        "Marta Kowalczyk", "Daniel Okafor", "Ingrid Solberg", "Tomás Herrera", "Priya Raman", "Henrik Dahl",
        "Amara Nwosu", "Luca Bianchi", "Sofia Lindqvist", "Kenji Mori", "Claire Dubois", "Yusuf Demir",
    ];

    private static readonly string[] Titles = ["Minister", "Mayor", "Senator", "Governor", "President", "General"];

    private static readonly string[] Organisations =
    [
        "the Harbour Authority", "the National Rail Board", "the Ministry of Water", "Northwind Energy",
        "the Coastal Research Institute", "the European Commission", "the World Bank", "the Farmers' Union",
    ];

    private static readonly string[] Places =
    [
        "Norway", "Lagos", "Portugal", "Kyoto", "Canada", "Istanbul", "Chile", "Gdansk", "Kenya", "Marseille",
    ];

    private static readonly string[] Subjects =
    [
        "the new bridge", "the water tariff", "the rail strike", "the wind farm", "the port expansion",
        "the budget for schools", "the flood defences", "the fishing quota", "the housing plan", "the tram line",
    ];

    private static readonly string[] Verbs =
    [
        "approved", "delayed", "criticised", "defended", "reviewed", "funded", "questioned", "postponed",
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Sayings =
    [
        "We cannot wait another winter for this", "The numbers simply do not add up", "Nobody asked the people who live there",
        "This is the best offer we have had in years", "We will keep talking until there is a deal", "It was never about the money",
        "The engineers told us it was safe", "Every delay costs the town more than the work itself",
    ];

    /// <summary>An article of about <paramref name="bytes"/> UTF-8 bytes (never less than one paragraph).</summary>
    public static string Write(int bytes, int seed = 2018)
    {
        var random = new Random(seed);
        var author = Pick(random, People);
        var text = new StringBuilder(bytes + 1024);
        text.Append("QR codeQR code\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{Capitalise(Pick(random, Subjects))} divides {Pick(random, Places)} as {Pick(random, Organisations)} weighs its options\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{random.Next(1, 29)} {Pick(random, Months)[..3]} 2019 - {random.Next(7, 23):00}:{random.Next(0, 60):00}\n\n\n");
        text.Append(CultureInfo.InvariantCulture, $"The Harbour Gazette | {author}: ");
        var footer = Footer(author, random);
        var written = Encoding.UTF8.GetByteCount(text.ToString()) + Encoding.UTF8.GetByteCount(footer);
        var paragraph = new StringBuilder();
        do
        {
            paragraph.Clear();
            Paragraph(paragraph, random);
            paragraph.Append("\n\n\n");
            written += Encoding.UTF8.GetByteCount(paragraph.ToString());
            text.Append(paragraph);
        }
        while (written < bytes);

        return text.Append(footer).ToString();
    }

    private static void Paragraph(StringBuilder text, Random random)
    {
        var person = Pick(random, People);
        var surname = person[(person.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var place = Pick(random, Places);
        var organisation = Pick(random, Organisations);
        var subject = Pick(random, Subjects);
        var date = $"{random.Next(1, 29)} {Pick(random, Months)} {random.Next(2015, 2020)}";
        switch (random.Next(4))
        {
            case 0:
                text.Append(CultureInfo.InvariantCulture, $"On {date}, {Pick(random, Titles)} {person} said {organisation} had {Pick(random, Verbs)} {subject} in {place}. ");
                text.Append(CultureInfo.InvariantCulture, $"“{Pick(random, Sayings)},” {surname} told reporters. “{Pick(random, Sayings)}.”");
                break;
            case 1:
                text.Append(CultureInfo.InvariantCulture, $"Officials in {place} have {Pick(random, Verbs)} {subject} twice since {Pick(random, Months)}, according to a report by {organisation}. ");
                text.Append(CultureInfo.InvariantCulture, $"The U.S. embassy and the E.U. delegation declined to comment; the full report is at https://example.org/reports/{random.Next(100, 999)}.");
                break;
            case 2:
                text.Append(CultureInfo.InvariantCulture, $"“{Pick(random, Sayings)},” said {person}, who leads {organisation}. ");
                text.Append(CultureInfo.InvariantCulture, $"She added that {subject} would be put to a vote in {place} before {date}.");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"Critics of {subject} point to {place}, where a similar scheme cost twice its budget. ");
                text.Append(CultureInfo.InvariantCulture, $"{person} of {organisation} disagreed: the two cases, {surname} said, have little in common.");
                break;
        }
    }

    private static string Footer(string author, Random random) =>
        $"{author} is a correspondent for The Harbour Gazette, covering transport and energy.\n\n\n" +
        $"Story Code: {random.Next(100000, 999999)}\n\n" +
        $"News Link : https://example.org/news/{random.Next(1000, 9999)}\n\n" +
        "The Harbour Gazette\n\nhttps://example.org\n";

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capitalise(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
