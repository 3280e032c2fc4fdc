using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Chains;

/// <summary>A step's <c>plugin</c> is a name, never a path: anything else is an error located at the step's plugin.</summary>
public sealed class PluginNameTests
{
    private static readonly IPlugin Noop = new DelegatePlugin("noop", _ => { });

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData(@"C:\x")]
    [InlineData(@"..\x")]
    [InlineData("plugins/noop")]
    [InlineData("Noop")]
    [InlineData("-noop")]
    [InlineData("noop.dll")]
    [InlineData("no op")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://example.com/x")]
    public void APathOrAnyOtherNonNameIsRefusedAtTheStepsPluginWithTheRule(string name)
    {
        var json = "{\"steps\": [\n  {\"plugin\": \"noop\"},\n  {\"plugin\": " + System.Text.Json.JsonSerializer.Serialize(name) + "}\n]}";

        var error = Assert.Single(ChainLoader.ValidateInline(json, TestChains.Registry(Noop)));

        Assert.Equal("$.steps[1].plugin", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("is not a plugin name", error.Message, StringComparison.Ordinal);
        Assert.Contains("never a path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APathIsRefusedEvenWhenARegistryHeldAPluginOfThatName()
    {
        // Loading refuses such names; the chain check must not depend on that.
        var registry = TestChains.Registry(new DelegatePlugin("../noop", _ => { }));

        var error = Assert.Single(ChainLoader.ValidateInline("""{"steps": [ {"plugin": "../noop"} ]}""", registry));

        Assert.Contains("never a path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellFormedNameOfNoLoadedPluginIsStillAnUnknownPlugin()
    {
        var error = Assert.Single(ChainLoader.ValidateInline("""{"steps": [ {"plugin": "no-such-plugin2"} ]}""", TestChains.Registry(Noop)));

        Assert.Contains("unknown plugin 'no-such-plugin2'", error.Message, StringComparison.Ordinal);
    }
}
