using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Plugins.EntityExtractor;
using Xunit;

namespace Pipeline.Plugins.Tests.Entities;

public sealed class EntityOptionsTests
{
    private const string Text = "President Alaric Vennholt of Carrow University flew to Tehran. Vennholt said little.";

    private static readonly string[] OnlyPersons = ["person"];
    private static readonly string[] WithAPlanet = ["person", "planet"];

    [Fact]
    public void ThePluginDescribesItselfAndItsOptions()
    {
        var plugin = new EntityPlugin();
        using var schema = JsonDocument.Parse(plugin.OptionsSchema);
        var properties = schema.RootElement.GetProperty("properties");

        Assert.Equal(("entities", PluginKind.Extractor, "1.0.0"), (plugin.Name, plugin.Kind, plugin.Version));
        Assert.Equal(["authorKey", "minScore", "types"], properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["person", "organization", "location"], properties.GetProperty("types").GetProperty("default").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0.5, properties.GetProperty("minScore").GetProperty("default").GetDouble());
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString())));
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task TypesChooseWhatIsAnnotated()
    {
        var result = await ExtractorHost.RunAsync(ExtractorHost.Chain("entities", new { types = OnlyPersons }), Text);

        Assert.Equal(["person", "person"], result.Annotations.Select(a => a.Type));
    }

    [Fact]
    public async Task MinScoreLeavesWeakerEvidenceOut()
    {
        var result = await ExtractorHost.RunAsync(ExtractorHost.Chain("entities", new { minScore = 0.9 }), Text);

        var only = Assert.Single(result.Annotations);
        Assert.Equal(("person", "Alaric Vennholt"), (only.Type, result.Text[only.Start..only.End]));
    }

    [Fact]
    public void AnUnknownTypeIsRefusedWhenTheChainIsBuilt()
    {
        var error = Assert.ThrowsAny<Exception>(() => ExtractorHost.Chain("entities", new { types = WithAPlanet }));

        Assert.Contains("planet", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyAuthorKeyIgnoresTheMetadata()
    {
        var metadata = new Dictionary<string, string> { ["author"] = "Robin Wrenfield" };
        var chain = ExtractorHost.Chain("entities", new { authorKey = "" });

        var result = await ExtractorHost.RunAsync(chain, "The harbour grew busier, Wrenfield noted.", metadata);

        Assert.Equal("Wrenfield", Assert.Single(result.Annotations).Attributes["canonical"]);
    }

    [Fact]
    public async Task AnEmptyOrBlankDocumentHasNoEntities()
    {
        Assert.Empty((await ExtractorHost.RunAsync(string.Empty, "entities", "quotes")).Annotations);
        Assert.Empty((await ExtractorHost.RunAsync(" \n\n\t ", "entities", "quotes")).Annotations);
    }

    [Fact]
    public void ChainBuildingValidatesOptionsAgainstTheSchema()
    {
        Assert.ThrowsAny<ChainValidationException>(() => ExtractorHost.Chain("entities", new { minScore = 2 }));
        Assert.ThrowsAny<ChainValidationException>(() => ExtractorHost.Chain("entities", new { colour = "red" }));
    }
}
