using System.CommandLine;
using System.Text;
using System.Text.Json;
using DocPipe.V1;
using Pipeline.Core.Chains;

namespace Pipeline.Cli;

/// <summary>
/// <c>docpipe validate chains.json</c>: every error of a chains file, located by JSON path, line and column. In-process
/// the engine checks the whole file against the built-in plugins (and <c>--plugins</c>); with <c>--server</c> the
/// server checks each chain against the plugins it has loaded, and the locations are mapped back into the file.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CommonOptions common)
    {
        var file = new Argument<string>("file") { Description = "A chains file (src/Pipeline.Host/chains.json is one)." };
        var command = new Command("validate", "Check a chains file and report every error with its JSON path, line and column.") { file };
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            string json;
            try
            {
                json = await File.ReadAllTextAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"docpipe: {ex.Message}");
                return ExitCodes.Unusable;
            }

            await using var backend = await common.ConnectAsync(parse, cancellationToken);
            var errors = backend.LocalRuntime is { } runtime
                ? ChainLoader.ValidateFile(json, runtime.Current.Plugins)
                : await ValidateRemotelyAsync(backend, json, cancellationToken);
            foreach (var error in errors)
            {
                await Console.Out.WriteLineAsync($"{path}:{error.Line}:{error.Column}: {error.Path}: {error.Message}");
            }

            await Console.Error.WriteLineAsync(errors.Count == 0 ? $"docpipe: {path} is valid ({backend.Description})" : $"docpipe: {path}: {errors.Count} error(s)");
            return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static async Task<IReadOnlyList<ChainValidationError>> ValidateRemotelyAsync(Backend backend, string json, CancellationToken cancellationToken)
    {
        List<(string Name, string Json, int Line, int Column)> chains;
        try
        {
            chains = ChainsOf(json);
        }
        catch (JsonException ex)
        {
            return [new ChainValidationError("$", (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, ex.Message)];
        }

        var errors = new List<ChainValidationError>();
        foreach (var (name, chainJson, line, column) in chains)
        {
            var reply = await backend.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = chainJson }, cancellationToken: cancellationToken);
            foreach (var error in reply.Errors)
            {
                errors.Add(new ChainValidationError(
                    $"$.chains['{name}']{error.Path.TrimStart('$')}",
                    line + error.Line - 1,
                    error.Line == 1 ? column + error.Column - 1 : error.Column,
                    error.Message));
            }
        }

        return errors;
    }

    /// <summary>Each chain of a chains file, with its raw JSON and the line and column (1-based, in code points) where it starts.</summary>
    private static List<(string Name, string Json, int Line, int Column)> ChainsOf(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var chains = new List<(string, string, int, int)>();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a chains file is a JSON object", "$", 0, 0);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            if (property != "chains" || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                var (line, column) = Locate(bytes.AsSpan(0, start));
                chains.Add((name, Encoding.UTF8.GetString(bytes, start, end - start), line, column));
            }
        }

        return chains;
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> before)
    {
        var lastBreak = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetString(before[(lastBreak + 1)..]).EnumerateRunes().Count() + 1;
        return (line, column);
    }
}
