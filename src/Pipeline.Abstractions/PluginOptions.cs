using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Pipeline.Abstractions;

/// <summary>How <see cref="Plugin{TOptions}"/> binds a step's options.</summary>
public static class PluginOptions
{
    /// <summary>camelCase property names, numbers as JSON numbers only, enums as camelCase strings, unknown properties refused.</summary>
    public static JsonSerializerOptions Serializer { get; } = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
