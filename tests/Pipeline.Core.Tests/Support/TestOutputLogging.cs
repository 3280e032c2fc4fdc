using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Pipeline.Core.Tests.Support;

/// <summary>
/// A logger factory that writes every message to the test's output (shown when a test fails) and keeps
/// them, so that a test can also assert on what the code under test logged.
/// </summary>
internal sealed class TestOutputLogging : ILoggerProvider
{
    private readonly ITestOutputHelper? _output;
    private readonly ConcurrentQueue<string> _messages = new();

    private TestOutputLogging(ITestOutputHelper? output)
    {
        _output = output;
        Factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));
    }

    public ILoggerFactory Factory { get; }

    /// <summary>Every message logged so far, formatted as <c>level category: text</c>.</summary>
    public IReadOnlyCollection<string> Messages => _messages;

    public static TestOutputLogging Create(ITestOutputHelper? output) => new(output);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        // The factory owns this provider; disposing the factory disposes the provider once more, which is harmless.
    }

    private void Write(string line)
    {
        _messages.Enqueue(line);
        try
        {
            _output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test already ended (a late reload on a timer); the message is still kept.
        }
    }

    private sealed class Logger(TestOutputLogging owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var shortCategory = category[(category.LastIndexOf('.') + 1)..];
            owner.Write($"{DateTime.Now:HH:mm:ss.fff} {logLevel} {shortCategory}: {formatter(state, exception)}");
        }
    }
}
