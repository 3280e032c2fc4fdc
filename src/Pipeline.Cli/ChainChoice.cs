using System.Text.Json;

namespace Pipeline.Cli;

/// <summary>
/// The chain a request names: <c>--chain NAME</c> alone runs a chain the service has; <c>--chain-file</c> sends a chain
/// inline, either a file holding one chain or a chains file, from which <c>--chain</c> (or its default chain) is taken.
/// </summary>
internal sealed record ChainChoice(string Name, string Json)
{
    public static ChainChoice Resolve(string? name, string? file)
    {
        if (file is null)
        {
            return new ChainChoice(name ?? string.Empty, string.Empty);
        }

        var text = File.ReadAllText(file);
        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("chains", out var chains))
        {
            return new ChainChoice(string.Empty, text);
        }

        var wanted = name ?? (json.RootElement.TryGetProperty("defaultChain", out var fallback) ? fallback.GetString() : null);
        if (string.IsNullOrEmpty(wanted))
        {
            throw new ArgumentException($"{file} is a chains file without a defaultChain: name one with --chain");
        }

        if (chains.ValueKind != JsonValueKind.Object || !chains.TryGetProperty(wanted, out var chain))
        {
            throw new ArgumentException($"{file} has no chain '{wanted}'");
        }

        return new ChainChoice(string.Empty, chain.GetRawText());
    }
}
