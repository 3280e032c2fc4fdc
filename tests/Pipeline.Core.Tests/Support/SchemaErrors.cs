using System.Text.Json;
using Json.Schema;

namespace Pipeline.Core.Tests.Support;

/// <summary>Validates JSON against a schema with JsonSchema.Net, as an editor or a CI step would, and lists where it fails.</summary>
internal static class SchemaErrors
{
    /// <summary>Every error with its instance location (a JSON pointer); empty when the JSON is valid.</summary>
    public static IReadOnlyList<(string At, string Message)> Of(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var errors = new List<(string, string)>();
        Collect(schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical }), errors);
        return errors;
    }

    /// <summary>For failure messages: one error a line.</summary>
    public static string Describe(IEnumerable<(string At, string Message)> errors) =>
        string.Join("\n", errors.Select(e => $"  {e.At}: {e.Message}"));

    // Only failures that make their parent fail: the branches an anyOf or an if passed over fail too, and are no error.
    private static void Collect(EvaluationResults node, List<(string, string)> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (_, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add((node.InstanceLocation.ToString(), message));
        }

        foreach (var child in node.HasDetails ? node.Details : [])
        {
            Collect(child, errors);
        }
    }
}
