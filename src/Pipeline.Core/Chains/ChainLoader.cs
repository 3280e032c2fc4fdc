using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Pointer;
using Json.Schema;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;

namespace Pipeline.Core.Chains;

/// <summary>
/// Reads chain JSON (a chains file, or one inline chain), checks it against the chains schema and the
/// loaded plugins, and builds immutable <see cref="Chain"/>s. Every error is collected and located by
/// JSON path, line and column; nothing is built unless there are none.
/// </summary>
public static class ChainLoader
{
    private const int MaxDepth = 64;

    private static readonly Lazy<JsonSchema> FileSchema = new(LoadSchema);
    private static readonly Lazy<JsonSchema> ChainSchema = new(() =>
        JsonSchema.FromText($$"""{ "$ref": "{{FileSchema.Value.BaseUri}}#/$defs/chain" }"""));

    /// <summary>The chains file's JSON schema.</summary>
    public static string SchemaText { get; } = ReadSchemaText();

    /// <summary>Builds every chain of a chains file; throws <see cref="ChainValidationException"/> listing every error.</summary>
    public static ChainSet LoadFile(string json, string source, PluginRegistry plugins)
    {
        var (chains, defaultChain, errors) = ReadFile(json, plugins);
        if (errors.Count > 0)
        {
            throw new ChainValidationException(source, InDocumentOrder(errors));
        }

        return new ChainSet(defaultChain, chains, source);
    }

    /// <summary>Every error in a chains file; empty when it is valid.</summary>
    public static IReadOnlyList<ChainValidationError> ValidateFile(string json, PluginRegistry plugins) =>
        InDocumentOrder(ReadFile(json, plugins).Errors);

    /// <summary>Builds an inline chain; throws <see cref="ChainValidationException"/> listing every error.</summary>
    public static Chain BuildInline(string json, PluginRegistry plugins)
    {
        var (chain, errors) = ReadInline(json, plugins);
        if (errors.Count > 0 || chain is null)
        {
            throw new ChainValidationException("inline chain", InDocumentOrder(errors));
        }

        return chain;
    }

    /// <summary>Every error in an inline chain; empty when it is valid.</summary>
    public static IReadOnlyList<ChainValidationError> ValidateInline(string json, PluginRegistry plugins) =>
        InDocumentOrder(ReadInline(json, plugins).Errors);

    private static (List<Chain> Chains, string Default, List<ChainValidationError> Errors) ReadFile(string json, PluginRegistry plugins)
    {
        var errors = new List<ChainValidationError>();
        var chains = new List<Chain>();
        using var document = Parse(json, FileSchema.Value, errors, out var locations);
        if (document is null)
        {
            return (chains, string.Empty, errors);
        }

        var root = document.RootElement;
        var all = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("chains", out var c) ? c : default;
        if (all.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in all.EnumerateObject())
            {
                var chain = ReadChain(entry.Value, entry.Name, JsonLocations.Pointer("chains", entry.Name), plugins, locations, errors);
                if (chain is not null)
                {
                    chains.Add(chain);
                }
            }
        }

        var defaultChain = chains.Count > 0 ? chains[0].Name : string.Empty;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("defaultChain", out var named) && named.ValueKind == JsonValueKind.String)
        {
            defaultChain = named.GetString()!;
            if (all.ValueKind == JsonValueKind.Object && !all.TryGetProperty(defaultChain, out _))
            {
                var known = all.ValueKind == JsonValueKind.Object ? string.Join(", ", all.EnumerateObject().Select(c => c.Name)) : string.Empty;
                errors.Add(Located(locations, "/defaultChain", $"default chain '{defaultChain}' is not among the chains ({known})"));
            }
        }

        return (chains, defaultChain, errors);
    }

    private static (Chain? Chain, List<ChainValidationError> Errors) ReadInline(string json, PluginRegistry plugins)
    {
        var errors = new List<ChainValidationError>();
        using var document = Parse(json, ChainSchema.Value, errors, out var locations);
        if (document is null)
        {
            return (null, errors);
        }

        var chain = ReadChain(document.RootElement, string.Empty, string.Empty, plugins, locations, errors);
        return (errors.Count == 0 ? chain : null, errors);
    }

    private static JsonDocument? Parse(string json, JsonSchema schema, List<ChainValidationError> errors, out JsonLocations locations)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        locations = JsonLocations.Of(utf8);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
                MaxDepth = MaxDepth,
                AllowDuplicateProperties = false,
            });
        }
        catch (JsonException ex)
        {
            var (line, column) = ex.LineNumber is { } l && ex.BytePositionInLine is { } b ? locations.FromReaderPosition(l, b) : (0, 0);
            errors.Add(new ChainValidationError(ex.Path ?? "$", line, column, "invalid JSON: " + TrimLocation(ex.Message)));
            return null;
        }

        // The schema validator reads numbers as decimals and throws on one beyond them (1e300): refuse such numbers first.
        var unrepresentable = new List<string>();
        FindUnrepresentableNumbers(document.RootElement, string.Empty, unrepresentable);
        if (unrepresentable.Count > 0)
        {
            foreach (var pointer in unrepresentable)
            {
                errors.Add(Located(locations, pointer, "the number is out of range: numbers in a chain must lie within ±7.9e28"));
            }

            document.Dispose();
            return null;
        }

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            foreach (var detail in results.Details.Where(d => d.HasErrors))
            {
                foreach (var (keyword, message) in detail.Errors!)
                {
                    errors.Add(Located(locations, detail.InstanceLocation.ToString(), Explain(keyword, message, detail.InstanceLocation.ToString(), document.RootElement)));
                }
            }
        }

        return document;
    }

    private static void FindUnrepresentableNumbers(JsonElement element, string pointer, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                found.Add(pointer);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    FindUnrepresentableNumbers(property.Value, pointer + JsonLocations.Pointer(property.Name), found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindUnrepresentableNumbers(item, pointer + "/" + index++, found);
                }

                break;
        }
    }

    private static Chain? ReadChain(JsonElement element, string name, string pointer, PluginRegistry plugins, JsonLocations locations, List<ChainValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var errorsBefore = errors.Count;
        var steps = new List<ChainStep>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var stepElement in stepsElement.EnumerateArray())
        {
            var stepPointer = $"{pointer}/steps/{index}";
            var step = ReadStep(stepElement, stepPointer, index, ids, plugins, locations, errors);
            if (step is not null)
            {
                steps.Add(step);
            }

            index++;
        }

        if (errors.Count > errorsBefore)
        {
            return null;
        }

        var description = element.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : string.Empty;
        var definition = new ChainDefinition
        {
            Name = name,
            Description = description,
            Steps = [.. steps.Select(s => s.Definition)],
            Json = element.GetRawText(),
        };
        return new Chain(definition, steps);
    }

    private static ChainStep? ReadStep(JsonElement element, string pointer, int index, Dictionary<string, int> ids, PluginRegistry plugins, JsonLocations locations, List<ChainValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("plugin", out var pluginElement) || pluginElement.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var pluginName = pluginElement.GetString()!;
        var hasId = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String;
        var id = hasId ? idElement.GetString()! : pluginName;
        if (!ids.TryAdd(id, index))
        {
            var where = hasId ? pointer + "/id" : pointer + "/plugin";
            errors.Add(Located(locations, where, $"duplicate step id '{id}' (step {ids[id]} has it too); give each step its own \"id\""));
        }

        if (!PluginNames.IsValid(pluginName))
        {
            // The schema's pattern has usually said so already; this check holds whatever the schema says.
            var error = Located(locations, pointer + "/plugin", NotAName(pluginName));
            if (!errors.Any(e => e.Path == error.Path))
            {
                errors.Add(error);
            }

            return null;
        }

        var plugin = plugins.Find(pluginName);
        if (plugin is null)
        {
            var known = plugins.All.Count == 0 ? "none are loaded" : "loaded plugins: " + string.Join(", ", plugins.All.Select(p => p.Name));
            errors.Add(Located(locations, pointer + "/plugin", $"unknown plugin '{pluginName}'; {known}"));
            return null;
        }

        var options = element.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Object
            ? o.Clone()
            : JsonDocument.Parse("{}").RootElement.Clone();
        var optionErrors = errors.Count;
        var results = plugin.OptionsSchema.Evaluate(options, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            foreach (var detail in results.Details.Where(d => d.HasErrors))
            {
                foreach (var (keyword, message) in detail.Errors!)
                {
                    var at = pointer + "/options" + detail.InstanceLocation;
                    errors.Add(Located(locations, at, $"plugin {pluginName}: " + Explain(keyword, message, at)));
                }
            }
        }

        if (errors.Count > optionErrors)
        {
            return null;
        }

        var definition = new StepDefinition
        {
            Id = id,
            Plugin = pluginName,
            Options = options,
            OnError = element.TryGetProperty("onError", out var e) && e.ValueKind == JsonValueKind.String && e.GetString() == "skip" ? OnError.Skip : OnError.Fail,
            Timeout = element.TryGetProperty("timeoutMs", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var ms) && ms > 0
                ? TimeSpan.FromMilliseconds(ms)
                : TimeSpan.FromMilliseconds(StepDefinition.DefaultTimeoutMs),
            Path = locations.Find(pointer).Path,
            When = element.TryGetProperty("when", out var when) && when.ValueKind == JsonValueKind.Object ? StepCondition.Read(when) : null,
        };

        try
        {
            return new ChainStep(definition, plugin.Plugin, plugin.Plugin.CreateStep(options));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            var message = ex is JsonException or ArgumentException ? TrimLocation(ex.Message) : $"{ex.GetType().Name}: {ex.Message}";
            errors.Add(Located(locations, pointer + "/options", $"plugin {pluginName} refused its options: {message}"));
            return null;
        }
    }

    private static List<ChainValidationError> InDocumentOrder(List<ChainValidationError> errors) =>
        [.. errors.OrderBy(e => e.Line == 0 ? int.MaxValue : e.Line).ThenBy(e => e.Column)];

    private static ChainValidationError Located(JsonLocations locations, string pointer, string message)
    {
        var (path, line, column) = locations.Find(pointer);
        return new ChainValidationError(path, line, column, message);
    }

    private static string NotAName(string name) =>
        $"'{name}' is not a plugin name ({PluginNames.Rule}); a plugin name is never a path";

    private static string Explain(string keyword, string message, string pointer, JsonElement? root = null)
    {
        if (keyword == "pattern" && pointer.EndsWith("/plugin", StringComparison.Ordinal) && root is { } document
            && JsonPointer.Parse(pointer).Evaluate(document) is { ValueKind: JsonValueKind.String } plugin)
        {
            return NotAName(plugin.GetString()!);
        }

        if (keyword == "false" || message.Contains("false schema", StringComparison.OrdinalIgnoreCase))
        {
            var name = pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            return $"unknown property '{name}'";
        }

        return keyword is "required" or "additionalProperties" || message.Contains(keyword, StringComparison.OrdinalIgnoreCase)
            ? message
            : $"{message} ({keyword})";
    }

    private static string TrimLocation(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return cut > 0 ? message[..cut] : message;
    }

    private static string ReadSchemaText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("chains.schema.json")
            ?? throw new InvalidOperationException("chains.schema.json is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchema LoadSchema()
    {
        var schema = JsonSchema.FromText(SchemaText);
        SchemaRegistry.Global.Register(schema);
        return schema;
    }
}
