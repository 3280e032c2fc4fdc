using Microsoft.Extensions.Logging;
using Pipeline.Core.Engine;

namespace Pipeline.Core.Plugins;

/// <summary>A plugin's ILogger: its events reach the console sink as log events, not as console writes of the step.</summary>
internal sealed class PluginLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        using (PluginConsole.Bypass())
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
