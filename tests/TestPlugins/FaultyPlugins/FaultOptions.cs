namespace TestPlugins.Faulty;

/// <summary>Options shared by the faulty plugins. Defaults: DelayMs 10000, Message "boom".</summary>
public sealed class FaultOptions
{
    public int DelayMs { get; set; } = 10_000;

    public string Message { get; set; } = "boom";
}
