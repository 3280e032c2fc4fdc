namespace TestPlugins.Faulty;

/// <summary>The <c>waits</c> plugin's options. Defaults: DelayMs 10000, no DelayKey.</summary>
public sealed class WaitsOptions
{
    public int DelayMs { get; set; } = 10_000;

    /// <summary>A metadata key whose value, when the document has it, is the delay in milliseconds instead of DelayMs.</summary>
    public string? DelayKey { get; set; }
}
