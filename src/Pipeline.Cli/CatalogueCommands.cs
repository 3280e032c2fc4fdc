using System.CommandLine;
using DocPipe.V1;
using Google.Protobuf;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>docpipe plugins</c> and <c>docpipe chains</c>: what the service has loaded.</summary>
internal static class CatalogueCommands
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    public static Command Plugins(CommonOptions common)
    {
        var command = new Command("plugins", "List the plugins the service has loaded.");
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var backend = await common.ConnectAsync(parse, cancellationToken);
            var reply = await backend.Client.ListPluginsAsync(new ListPluginsRequest(), cancellationToken: cancellationToken);
            if (common.FormatOf(parse) == OutputFormat.Jsonl)
            {
                WriteLines(reply.Plugins);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("plugin", "kind", "version", "description");
            foreach (var plugin in reply.Plugins)
            {
                table.AddRow(Markup.Escape(plugin.Name), plugin.Kind, Markup.Escape(plugin.Version), Markup.Escape(plugin.Description));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Chains(CommonOptions common)
    {
        var command = new Command("chains", "List the chains the service has configured.");
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var backend = await common.ConnectAsync(parse, cancellationToken);
            var reply = await backend.Client.ListChainsAsync(new ListChainsRequest(), cancellationToken: cancellationToken);
            if (common.FormatOf(parse) == OutputFormat.Jsonl)
            {
                WriteLines(reply.Chains);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("chain", "steps", "description");
            foreach (var chain in reply.Chains)
            {
                var name = chain.Name == reply.DefaultChain ? chain.Name + " (default)" : chain.Name;
                table.AddRow(Markup.Escape(name), Markup.Escape(StepsOf(chain.Json)), Markup.Escape(chain.Description));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteLines<T>(IEnumerable<T> messages)
        where T : IMessage
    {
        foreach (var message in messages)
        {
            Console.Out.WriteLine(Formatter.Format(message));
        }
    }

    private static string StepsOf(string json)
    {
        using var chain = System.Text.Json.JsonDocument.Parse(json);
        return string.Join(" → ", chain.RootElement.GetProperty("steps").EnumerateArray().Select(step =>
            step.TryGetProperty("id", out var id) ? id.GetString() : step.GetProperty("plugin").GetString()));
    }
}
