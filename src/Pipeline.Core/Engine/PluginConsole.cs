using System.Text;
using Microsoft.Extensions.Logging;

namespace Pipeline.Core.Engine;

/// <summary>
/// Console.Out and Console.Error as plugins see them: a write made while a step runs becomes a Debug log
/// event naming the step, so that it can neither interleave with the host's output (the CLI's JSON lines,
/// a log shipper's parser) nor leak document text at a level that is on by default. Every other write,
/// the log's own console sink included, goes to the real console unchanged.
/// </summary>
public static partial class PluginConsole
{
    private static readonly AsyncLocal<Scope?> Current = new();
    private static readonly Lock Gate = new();
    private static bool s_installed;

    [ThreadStatic]
    private static int t_passThrough;

    /// <summary>Puts the step-aware writers in place of Console.Out and Console.Error; once per process, later calls do nothing.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (s_installed)
            {
                return;
            }

            Console.SetOut(new Writer(Console.Out, "stdout"));
            Console.SetError(new Writer(Console.Error, "stderr"));
            s_installed = true;
        }
    }

    /// <summary>Marks the rest of the current step's execution context as the step's.</summary>
    internal static void Enter(string step, ILogger logger) => Current.Value = new Scope(step, logger);

    /// <summary>Ends the step's part of the execution context, so that the engine's and the host's code after it is nobody's step.</summary>
    internal static void Leave() => Current.Value = null;

    /// <summary>Lets log events a plugin writes through its ILogger reach the console sink as they are.</summary>
    internal static PassThrough Bypass()
    {
        t_passThrough++;
        return default;
    }

    internal readonly struct PassThrough : IDisposable
    {
        public void Dispose() => t_passThrough--;
    }

    private sealed record Scope(string Step, ILogger Logger);

    private sealed partial class Writer(TextWriter inner, string stream) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            if (t_passThrough > 0 || Current.Value is not { } scope)
            {
                inner.Write(value);
                return;
            }

            var line = value.TrimEnd('\r', '\n');
            if (line.Length == 0)
            {
                return;
            }

            t_passThrough++;
            try
            {
                Wrote(scope.Logger, scope.Step, stream, line);
            }
            finally
            {
                t_passThrough--;
            }
        }

        public override void WriteLine(string? value) => Write(value + Environment.NewLine);

        public override void Flush() => inner.Flush();

        [LoggerMessage(20, LogLevel.Debug, "{Step} wrote to {Stream}: {Line}")]
        private static partial void Wrote(ILogger logger, string step, string stream, string line);
    }
}
