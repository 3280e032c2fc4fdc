using System.Globalization;
using DocPipe.V1;
using Google.Protobuf;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>Writes each document's result to standard output as it arrives.</summary>
internal abstract class ResultWriter
{
    public static ResultWriter For(OutputFormat format) => format == OutputFormat.Report ? new ReportWriter() : new JsonLinesWriter();

    public abstract void Write(ProcessResponse response);

    private sealed class JsonLinesWriter : ResultWriter
    {
        private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

        public override void Write(ProcessResponse response) => Console.Out.WriteLine(Formatter.Format(response));
    }

    private sealed class ReportWriter : ResultWriter
    {
        public override void Write(ProcessResponse response)
        {
            if (response.Error is { } error)
            {
                var step = error.Step.Length > 0 ? $" (step {error.Step})" : string.Empty;
                AnsiConsole.MarkupLineInterpolated($"[red]✗ {response.DocumentId}[/]: {(Grpc.Core.StatusCode)error.Code}{step}: {error.Message}");
                return;
            }

            AnsiConsole.MarkupLineInterpolated($"[green]✓ {response.DocumentId}[/] (chain {response.Chain}, {response.Text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)");
            foreach (var (key, value) in response.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                AnsiConsole.MarkupLineInterpolated($"  [grey]{key}:[/] {value}");
            }

            foreach (var group in response.Annotations.GroupBy(a => a.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var examples = string.Join(", ", group.Select(a => a.Text).Distinct(StringComparer.Ordinal).Take(5));
                AnsiConsole.MarkupLineInterpolated($"  [grey]{group.Key} ×{group.Count()}:[/] {examples}");
            }

            if (response.Summary is { Text.Length: > 0 } summary)
            {
                AnsiConsole.MarkupLineInterpolated($"  [grey]summary ({summary.Plugin}):[/] {summary.Text}");
            }
        }
    }
}
