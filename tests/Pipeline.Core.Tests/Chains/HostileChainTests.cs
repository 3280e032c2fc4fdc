using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Chains;

/// <summary>Chain JSON a hostile client might send: every case is a located validation error, never an exception.</summary>
public sealed class HostileChainTests
{
    private static readonly IPlugin Noop = new DelegatePlugin("noop", _ => { });

    [Theory]
    [InlineData("""{"steps": [{"plugin": "noop", "timeoutMs": 1e300}]}""", "$.steps[0].timeoutMs")]
    [InlineData("""{"steps": [{"plugin": "noop", "timeoutMs": -1e300}]}""", "$.steps[0].timeoutMs")]
    [InlineData("""{"steps": [{"plugin": "noop", "timeoutMs": 99999999999999999999999999999999}]}""", "$.steps[0].timeoutMs")]
    [InlineData("""{"steps": [{"plugin": "noop", "timeoutMs": 1e-300}]}""", "$.steps[0].timeoutMs")]
    public void AnOutOfRangeNumberIsAValidationErrorAtItsPath(string json, string path)
    {
        var errors = ChainLoader.ValidateInline(json, TestChains.Registry(Noop));

        Assert.Contains(errors, e => e.Path == path);
    }
}
