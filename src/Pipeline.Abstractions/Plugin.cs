using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Pipeline.Abstractions;

/// <summary>
/// A base for plugins whose options are a plain class: binds a step's <c>options</c> to
/// <typeparamref name="TOptions"/> (camelCase names, unknown names refused) and derives
/// <see cref="OptionsSchema"/> from it, with each property's <see cref="DescriptionAttribute"/>,
/// <see cref="RangeAttribute"/> and default value.
/// </summary>
/// <typeparam name="TOptions">The options class; its parameterless constructor sets the defaults.</typeparam>
public abstract class Plugin<TOptions> : IPlugin
    where TOptions : class, new()
{
    // One serializer per options type, with its own resolver: a shared one would cache every plugin's
    // options type forever and keep unloaded plugins' contexts alive.
    private static readonly JsonSerializerOptions Serializer = new(PluginOptions.Serializer) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private readonly Lazy<string> _schema = new(BuildSchema);

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract PluginKind Kind { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <inheritdoc />
    /// <remarks>Defaults to the informational version of the plugin's assembly.</remarks>
    public virtual string Version =>
        GetType().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? GetType().Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    /// <inheritdoc />
    public virtual string OptionsSchema => _schema.Value;

    /// <inheritdoc />
    public IStep CreateStep(JsonElement options)
    {
        var bound = options.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? new TOptions()
            : options.Deserialize<TOptions>(Serializer) ?? new TOptions();
        return CreateStep(bound);
    }

    /// <summary>Creates a step from bound options. Throw <see cref="ArgumentException"/> for values the schema cannot express.</summary>
    protected abstract IStep CreateStep(TOptions options);

    private static string BuildSchema()
    {
        var defaults = new TOptions();
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Describe(context, node, defaults),
        };
        var schema = Serializer.GetJsonSchemaAsNode(typeof(TOptions), exporter);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode node, TOptions defaults)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && context.PropertyInfo is null && !schema.ContainsKey("additionalProperties"))
        {
            schema["additionalProperties"] = false;
        }

        var property = context.PropertyInfo;
        if (property?.AttributeProvider is not ICustomAttributeProvider attributes)
        {
            return schema;
        }

        if (attributes.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true) is [DescriptionAttribute description, ..])
        {
            schema["description"] = description.Description;
        }

        if (attributes.GetCustomAttributes(typeof(RangeAttribute), inherit: true) is [RangeAttribute range, ..])
        {
            schema["minimum"] = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
            schema["maximum"] = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        }

        // Properties of the options class or of a base it derives from; nested option objects have no default instance here.
        if (property.DeclaringType.IsAssignableFrom(typeof(TOptions)) && property.Get is { } getter)
        {
            schema["default"] = JsonSerializer.SerializeToNode(getter(defaults), property.PropertyType, Serializer);
        }

        return schema;
    }
}
