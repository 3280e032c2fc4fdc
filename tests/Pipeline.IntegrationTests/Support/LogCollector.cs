using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// A Serilog sink the host picks up from its services (<c>ReadFrom.Services</c>): every event the host's
/// configured levels let through, as text with its exception and every property value.
/// </summary>
internal sealed class LogCollector : ILogEventSink
{
    private readonly ConcurrentQueue<(LogEventLevel Level, string Text)> _events = new();

    public IReadOnlyList<(LogEventLevel Level, string Text)> Events => [.. _events];

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _events.Enqueue((logEvent.Level, $"{logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} | {properties} | {logEvent.Exception}"));
    }
}
