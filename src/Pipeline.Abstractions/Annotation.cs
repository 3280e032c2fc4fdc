namespace Pipeline.Abstractions;

/// <summary>A span of a document's text that a step found: a person, a quote, a keyword, a sentence.</summary>
public sealed class Annotation
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>The annotation's type: <c>person</c>, <c>organization</c>, <c>location</c>, <c>quote</c>, <c>keyword</c>, <c>date</c>, <c>url</c>, <c>sentence</c>, or a plugin's own.</summary>
    public required string Type { get; init; }

    /// <summary>UTF-16 index of the span's first character in the text.</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 index just past the span's last character.</summary>
    public required int End { get; init; }

    /// <summary>Confidence or rank; 0 when the step gives none.</summary>
    public double Score { get; init; }

    /// <summary>Type-specific attributes, e.g. <c>speaker</c> on a quote.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = NoAttributes;

    private string _plugin = string.Empty;

    /// <summary>The plugin that made the annotation; set by the engine, ignored when a step sets it.</summary>
    public string Plugin { get => _plugin; init => _plugin = value; }

    /// <summary>
    /// Names the plugin on an annotation no plugin was named on yet, in place: the engine does it once, before
    /// any other step sees the annotation, instead of copying every annotation a step makes.
    /// </summary>
    internal bool TryName(string plugin)
    {
        if (_plugin.Length == 0)
        {
            _plugin = plugin;
        }

        return _plugin == plugin;
    }
}
