using System.Text.Json;
using Pipeline.Core.Chains;
using Xunit;

namespace Pipeline.Plugins.Tests.Summaries;

public sealed class SummaryOptionsTests
{
    [Theory]
    [InlineData("lead")]
    [InlineData("textrank")]
    public void EverySummarizerHasSentencesRatioAndSkipHeadings(string plugin)
    {
        var properties = Properties(plugin);

        Assert.Equal(3, properties.GetProperty("sentences").GetProperty("default").GetInt32());
        Assert.Equal(0, properties.GetProperty("ratio").GetProperty("default").GetDouble());
        Assert.Equal(1, properties.GetProperty("ratio").GetProperty("maximum").GetDouble());
        Assert.True(properties.GetProperty("skipHeadings").GetProperty("default").GetBoolean());
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name));
    }

    [Fact]
    public void TextRankDescribesItsTuning()
    {
        var properties = Properties("textrank");

        Assert.Equal("overlap", properties.GetProperty("similarity").GetProperty("default").GetString());
        Assert.Equal(50, properties.GetProperty("window").GetProperty("default").GetInt32());
        Assert.Equal(0.85, properties.GetProperty("damping").GetProperty("default").GetDouble());
    }

    [Fact]
    public void SentencesDescribeTheirOptions()
    {
        var properties = Properties("sentences");

        Assert.True(properties.GetProperty("headings").GetProperty("default").GetBoolean());
        Assert.Equal(1, properties.GetProperty("minWords").GetProperty("default").GetInt32());
    }

    [Theory]
    [InlineData("lead", """{ "ratio": 1.5 }""", "$.steps[0].options.ratio")]
    [InlineData("textrank", """{ "sentences": 0 }""", "$.steps[0].options.sentences")]
    [InlineData("textrank", """{ "similarity": "jaccard" }""", "$.steps[0].options.similarity")]
    public void AnOptionOutOfRangeIsRefusedWithALocatedError(string plugin, string options, string path)
    {
        var json = $$"""{ "steps": [ { "plugin": "{{plugin}}", "options": {{options}} } ] }""";

        var error = Assert.Single(ChainLoader.ValidateInline(json, TextPluginHost.Registry));

        Assert.Equal(path, error.Path);
    }

    private static JsonElement Properties(string plugin)
    {
        using var schema = JsonDocument.Parse(TextPluginHost.Registry.Find(plugin)!.OptionsSchemaText);
        return schema.RootElement.GetProperty("properties").Clone();
    }
}
