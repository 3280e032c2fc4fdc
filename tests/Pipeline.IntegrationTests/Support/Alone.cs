namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// Tests that measure the whole test process (its managed heap) or need every log event of a busy host:
/// run after the parallel ones, one at a time, so that other tests' hosts neither move the figures nor
/// compete for the machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "alone";
}
