using System.Text;
using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Plugins.MetadataExtractor;
using Pipeline.Plugins.Tests.ScrapeLayout;
using Xunit;

namespace Pipeline.Plugins.Tests.Metadata;

/// <summary>The metadata extractor: language by stop words, title from a first line that reads as one, never overriding what is set.</summary>
public sealed class MetadataExtractorTests
{
    private const string English =
        "The council met on Tuesday evening to discuss the new budget, and most of the members said that they would support the plan " +
        "if the city could find the money for it. It was the first time in years that the budget was passed before the summer.";

    private static readonly string[] OptionNames =
        ["detectLanguage", "languages", "maxTitleLength", "maxWords", "minConfidence", "minStopWords", "minStopWordShare", "overwrite", "titleFromFirstLine"];

    private const string Finnish =
        "Aamulla satoi lunta ja tiet olivat liukkaita, joten moni jätti auton kotiin ja lähti töihin bussilla. Kaupunki lupasi aurata pääkadut ennen iltaa.";

    [Theory]
    [InlineData("en", English)]
    [InlineData("fr", "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, et la plupart des membres ont dit qu'ils soutiendraient " +
        "le projet si la ville trouvait l'argent pour le financer. C'est la première fois depuis des années que le budget est voté avant l'été.")]
    [InlineData("de", "Der Stadtrat hat sich am Dienstagabend getroffen, um über den neuen Haushalt zu sprechen, und die meisten Mitglieder sagten, dass sie " +
        "den Plan unterstützen würden, wenn die Stadt das Geld dafür finden kann. Es ist das erste Mal seit Jahren, dass der Haushalt vor dem Sommer beschlossen wird.")]
    [InlineData("es", "El consejo se reunió el martes por la noche para discutir el nuevo presupuesto, y la mayoría de los miembros dijeron que apoyarían " +
        "el plan si la ciudad encuentra el dinero para pagarlo. Es la primera vez en años que el presupuesto se aprueba antes del verano.")]
    [InlineData("it", "Il consiglio comunale si è riunito martedì sera per discutere il nuovo bilancio, e la maggior parte dei membri ha detto che sosterrebbe " +
        "il piano se la città trovasse i soldi per finanziarlo. È la prima volta da anni che il bilancio viene approvato prima dell'estate.")]
    [InlineData("pt", "O conselho reuniu-se na terça-feira à noite para discutir o novo orçamento, e a maioria dos membros disse que apoiaria o plano " +
        "se a cidade encontrasse o dinheiro para o pagar. É a primeira vez em anos que o orçamento é aprovado antes do verão.")]
    [InlineData("nl", "De gemeenteraad kwam dinsdagavond bijeen om over de nieuwe begroting te praten, en de meeste leden zeiden dat zij het plan zouden " +
        "steunen als de stad het geld ervoor kan vinden. Het is de eerste keer in jaren dat de begroting voor de zomer wordt goedgekeurd.")]
    public async Task EachSupportedLanguageIsRecognisedByItsStopWords(string language, string text)
    {
        var result = await LayoutHost.RunAsync(text, "metadata");

        Assert.Equal(language, result.Metadata["language"]);
        Assert.Equal(["language"], result.Metadata.Keys);
    }

    [Fact]
    public async Task DecomposedAccentsAreReadLikeComposedOnes()
    {
        var text = "O conselho não aprovou o orçamento, e a maioria dos membros disse que não há dinheiro para o plano este ano.".Normalize(NormalizationForm.FormD);

        var result = await LayoutHost.RunAsync(text, "metadata");

        Assert.Equal("pt", result.Metadata["language"]);
    }

    [Theory]
    [InlineData(Finnish)]
    [InlineData("Budget passed.")]
    [InlineData("")]
    [InlineData("12 345 678 — 9 · 10")]
    public async Task TextWithoutEnoughStopWordsOfOneLanguageGetsNoLanguage(string text)
    {
        var result = await LayoutHost.RunAsync(text, "metadata");

        Assert.False(result.Metadata.ContainsKey("language"));
    }

    [Fact]
    public async Task LanguagesOptionLimitsTheChoice()
    {
        var germanOrDutch = LayoutHost.Build(LayoutHost.ChainJson("metadata", new { languages = new List<string> { "de", "nl" } }));
        var englishOnly = LayoutHost.Build(LayoutHost.ChainJson("metadata", new { languages = new List<string> { "en" } }));

        Assert.False((await LayoutHost.RunAsync(germanOrDutch, English)).Metadata.ContainsKey("language"));
        Assert.Equal("en", (await LayoutHost.RunAsync(englishOnly, English)).Metadata["language"]);
    }

    [Fact]
    public async Task MixedLanguagesFallBelowAHighMinConfidence()
    {
        var mixed = English + " Le conseil a voté le budget et la ville a trouvé l'argent pour le plan, mais les membres ne sont pas tous d'accord avec le projet de la mairie.";
        var strict = LayoutHost.Build(LayoutHost.ChainJson("metadata", new { minConfidence = 0.9 }));

        var lenient = await LayoutHost.RunAsync(mixed, "metadata");
        var refused = await LayoutHost.RunAsync(strict, mixed);

        Assert.Equal("en", lenient.Metadata["language"]);
        Assert.False(refused.Metadata.ContainsKey("language"));
    }

    [Fact]
    public async Task LanguageAndTitleTheCallerSetAreKeptUnlessOverwriteIsOn()
    {
        var text = $"Council passes the budget early\n\n{English}\n";
        var caller = new Dictionary<string, string> { ["language"] = "fr", ["title"] = "Caller's title" };

        var kept = await LayoutHost.RunAsync(LayoutHost.Build(LayoutHost.ChainJson("metadata")), text, caller);
        var replaced = await LayoutHost.RunAsync(LayoutHost.Build(LayoutHost.ChainJson("metadata", new { overwrite = true })), text, caller);

        Assert.Equal(("fr", "Caller's title"), (kept.Metadata["language"], kept.Metadata["title"]));
        Assert.Equal(("en", "Council passes the budget early"), (replaced.Metadata["language"], replaced.Metadata["title"]));
    }

    [Theory]
    [InlineData("Council passes the budget early\n\n" + English, "Council passes the budget early")]
    [InlineData("\n\n  Council\u00A0 passes the budget early?  \r\n\r\n" + English, "Council passes the budget early?")]
    [InlineData("Council passes the budget early.\n\n" + English, null)]
    [InlineData("Council passes the budget early\n" + English, null)]
    [InlineData("Council passes the budget early\n\n", null)]
    [InlineData("https://news.example/council\n\n" + English, null)]
    [InlineData(English + "\n\n" + English, null)]
    public async Task TitleComesFromAFirstLineThatReadsAsATitle(string text, string? title)
    {
        var result = await LayoutHost.RunAsync(text, "metadata");

        Assert.Equal(title, result.Metadata.GetValueOrDefault("title"));
    }

    [Fact]
    public async Task TitleAndLanguageCanEachBeSwitchedOff()
    {
        var chain = LayoutHost.Build(LayoutHost.ChainJson("metadata", new { titleFromFirstLine = false, detectLanguage = false }));

        var result = await LayoutHost.RunAsync(chain, $"Council passes the budget early\n\n{English}\n");

        Assert.Empty(result.Metadata);
    }

    [Fact]
    public async Task MetadataNeitherEditsTheTextNorAnnotates()
    {
        var text = $"QR code\n\nCouncil passes the budget early\u00A0\n\n\n{English}  \n";

        var result = await LayoutHost.RunAsync(text, "metadata");

        Assert.Equal(text, result.Text);
        Assert.Equal(0, result.Steps[0].EditCount);
        Assert.Empty(result.Annotations);
    }

    [Fact]
    public async Task TheLanguageOfAnEightMegabyteTextIsFound()
    {
        var text = new StringBuilder();
        while (text.Length < 8 * 1024 * 1024)
        {
            text.Append(English).Append("\n\n");
        }

        var chain = LayoutHost.Build("""{ "steps": [ { "plugin": "metadata", "timeoutMs": 60000, "options": { "maxWords": 10000000 } } ] }""");
        var result = await chain.RunAsync(new DocumentInput { Text = text.ToString() }, false, CancellationToken.None);

        Assert.True(result.Steps[0].Outcome == StepOutcome.Ok, $"{result.Steps[0].Outcome}: {result.Steps[0].Message}");
        Assert.Equal("en", result.Metadata["language"]);
    }

    [Theory]
    [InlineData(12, "en")]
    [InlineData(2, "fr")]
    public async Task AClearLeadOverTheFirstFewHundredWordsDecidesTheLanguage(int englishParagraphs, string expected)
    {
        // About 45 words a paragraph: twelve are past the 256 words after which a clear lead stops the reading,
        // two are not, and the French that follows (four times as long) then outvotes them.
        const string French = "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, et la plupart des membres ont dit qu'ils " +
            "soutiendraient le projet si la ville trouvait l'argent pour le financer. C'est la première fois depuis des années que le budget est voté avant l'été.";
        var text = string.Concat(Enumerable.Repeat(English + "\n\n", englishParagraphs)) + string.Concat(Enumerable.Repeat(French + "\n\n", 4 * englishParagraphs + 40));

        var result = await LayoutHost.RunAsync(text, "metadata");

        Assert.Equal(expected, result.Metadata["language"]);
    }

    [Fact]
    public void UnsupportedLanguageCodeIsRefusedWithALocatedError()
    {
        var error = Assert.Single(ChainLoader.ValidateInline("""{ "steps": [ { "plugin": "metadata", "options": { "languages": ["en", "xx"] } } ] }""", LayoutHost.Registry));

        Assert.Equal("$.steps[0].options", error.Path);
        Assert.Contains("'xx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MetadataDescribesItselfAndItsOptions()
    {
        var plugin = new MetadataPlugin();
        using var schema = JsonDocument.Parse(plugin.OptionsSchema);
        var properties = schema.RootElement.GetProperty("properties");

        Assert.Equal(("metadata", PluginKind.Extractor, "1.0.0"), (plugin.Name, plugin.Kind, plugin.Version));
        Assert.Equal(
            OptionNames.Order(StringComparer.Ordinal),
            properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name));
        Assert.Equal(["en", "fr", "de", "es", "it", "pt", "nl"], properties.GetProperty("languages").GetProperty("default").EnumerateArray().Select(e => e.GetString()));
        Assert.False(properties.GetProperty("overwrite").GetProperty("default").GetBoolean());
        Assert.Equal(0.3, properties.GetProperty("minConfidence").GetProperty("default").GetDouble());
    }
}
