using System.Text.Json;

namespace Pipeline.Core.Chains;

/// <summary>
/// A step's <c>"when"</c>: the documents the step runs on, by media type and metadata. Every part given must
/// hold; within a list, any entry will do. Immutable.
/// </summary>
public sealed class StepCondition
{
    // Lower case; "text/*" for a whole family; empty for any.
    private readonly string[] _mediaTypes;
    private readonly (string Key, MetadataTest Test)[] _metadata;

    private StepCondition(string[] mediaTypes, (string Key, MetadataTest Test)[] metadata)
    {
        _mediaTypes = mediaTypes;
        _metadata = metadata;
    }

    /// <summary>
    /// Reads a <c>"when"</c> object the chains schema has already checked: <c>mediaType</c> (list of types) and
    /// <c>metadata</c> (key to <c>true</c>, <c>false</c>, a value or a list of values).
    /// </summary>
    public static StepCondition Read(JsonElement when)
    {
        var mediaTypes = when.TryGetProperty("mediaType", out var types) && types.ValueKind == JsonValueKind.Array
            ? types.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!.Trim().ToLowerInvariant()).ToArray()
            : [];
        var metadata = new List<(string, MetadataTest)>();
        if (when.TryGetProperty("metadata", out var keys) && keys.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in keys.EnumerateObject())
            {
                var test = key.Value.ValueKind switch
                {
                    JsonValueKind.True => MetadataTest.Present,
                    JsonValueKind.False => MetadataTest.Absent,
                    JsonValueKind.String => MetadataTest.OneOf([key.Value.GetString()!]),
                    JsonValueKind.Array => MetadataTest.OneOf([.. key.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]),
                    _ => MetadataTest.Present,
                };
                metadata.Add((key.Name, test));
            }
        }

        return new StepCondition(mediaTypes, [.. metadata]);
    }

    /// <summary>Null when the condition holds for the document; otherwise why it does not, for the step's report.</summary>
    /// <param name="mediaType">The document's media type, lower case, without parameters.</param>
    /// <param name="metadata">The document's metadata as it stands when the step's turn comes.</param>
    public string? WhyNot(string mediaType, IReadOnlyDictionary<string, string> metadata)
    {
        if (_mediaTypes.Length > 0 && !_mediaTypes.Any(t => Matches(t, mediaType)))
        {
            return $"not run: when.mediaType is {string.Join(" or ", _mediaTypes)}, the document is {mediaType}";
        }

        foreach (var (key, test) in _metadata)
        {
            var has = metadata.TryGetValue(key, out var value);
            if (!test.Holds(has, value))
            {
                return $"not run: when.metadata.{key} {test.Describe()}, the document's {(has ? $"is \"{value}\"" : "is not set")}";
            }
        }

        return null;
    }

    private static bool Matches(string pattern, string mediaType) =>
        pattern.EndsWith("/*", StringComparison.Ordinal)
            ? mediaType.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : pattern == mediaType;

    private sealed class MetadataTest
    {
        private readonly string[]? _values;
        private readonly bool _present;

        private MetadataTest(bool present, string[]? values)
        {
            _present = present;
            _values = values;
        }

        public static MetadataTest Present { get; } = new(true, null);

        public static MetadataTest Absent { get; } = new(false, null);

        public static MetadataTest OneOf(string[] values) => new(true, values);

        public bool Holds(bool has, string? value) =>
            _values is null ? has == _present : has && _values.Contains(value, StringComparer.Ordinal);

        public string Describe() => _values is null
            ? _present ? "must be set" : "must not be set"
            : "must be " + string.Join(" or ", _values.Select(v => $"\"{v}\""));
    }
}
