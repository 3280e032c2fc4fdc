using System.CommandLine;

namespace Pipeline.Cli;

/// <summary>The options every command takes: where the service is, and how to write results.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Server { get; } = new("--server", "-s")
    {
        Description = "Address of a running DocPipe host (host:port or http://host:port). Without it, the host runs inside this process with the built-in plugins and chains.",
    };

    public Option<string[]> Plugins { get; } = new("--plugins")
    {
        Description = "Extra plugin folders for the in-process host (ignored with --server).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "jsonl (one JSON object per line), report (readable), or auto: report on a terminal, jsonl when redirected.",
        DefaultValueFactory = _ => OutputFormat.Auto,
    };

    public void AddTo(Command command)
    {
        command.Add(Server);
        command.Add(Plugins);
        command.Add(Format);
    }

    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format) switch
    {
        OutputFormat.Auto => Console.IsOutputRedirected ? OutputFormat.Jsonl : OutputFormat.Report,
        var format => format,
    };

    public async Task<Backend> ConnectAsync(ParseResult parse, CancellationToken cancellationToken) =>
        parse.GetValue(Server) is { Length: > 0 } server
            ? Backend.Remote(server)
            : await Backend.StartInProcessAsync(parse.GetValue(Plugins) ?? [], cancellationToken);
}
