namespace Pipeline.Host.Configuration;

internal static partial class HostLimitsLog
{
    [LoggerMessage(110, LogLevel.Information, "GC heap hard limit set to {Bytes} bytes ({Gc} GC)")]
    public static partial void HardLimitSet(ILogger logger, long bytes, string gc);

    [LoggerMessage(111, LogLevel.Error, "GC heap hard limit of {Bytes} bytes refused, the runtime's own stays: {Reason}")]
    public static partial void HardLimitRefused(ILogger logger, long bytes, string reason);
}
