using System.ComponentModel;
using System.Text.Json;
using Pipeline.Abstractions;

namespace Pipeline.Core.Tests.Contract;

public sealed class PluginOptionsSchemaTests
{
    [Fact]
    public void OptionsInheritedFromABaseClassShowTheirDefaultsAndDescriptions()
    {
        using var schema = JsonDocument.Parse(new DerivedPlugin().OptionsSchema);
        var properties = schema.RootElement.GetProperty("properties");

        Assert.Equal(3, properties.GetProperty("sentences").GetProperty("default").GetInt32());
        Assert.Equal("How many.", properties.GetProperty("sentences").GetProperty("description").GetString());
        Assert.Equal(50, properties.GetProperty("window").GetProperty("default").GetInt32());
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void OptionsAreBoundFromCamelCaseAndUnknownNamesAreRefused()
    {
        var plugin = new DerivedPlugin();
        using var good = JsonDocument.Parse("""{"sentences":5,"window":7}""");
        Assert.Equal((5, 7), ((DerivedPlugin.Step)plugin.CreateStep(good.RootElement)).Values);

        using var bad = JsonDocument.Parse("""{"sentencs":5}""");
        Assert.ThrowsAny<JsonException>(() => plugin.CreateStep(bad.RootElement));
    }

    public class BaseOptions
    {
        [Description("How many.")]
        public int Sentences { get; set; } = 3;
    }

    public sealed class DerivedOptions : BaseOptions
    {
        public int Window { get; set; } = 50;
    }

    private sealed class DerivedPlugin : Plugin<DerivedOptions>
    {
        public override string Name => "derived";

        public override PluginKind Kind => PluginKind.Summarizer;

        public override string Description => "test";

        protected override IStep CreateStep(DerivedOptions options) => new Step((options.Sentences, options.Window));

        internal sealed class Step((int, int) values) : IStep
        {
            public (int, int) Values { get; } = values;

            public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
    }
}
