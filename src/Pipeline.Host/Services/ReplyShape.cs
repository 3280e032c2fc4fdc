using DocPipe.V1;

namespace Pipeline.Host.Services;

/// <summary>What a request asks its reply to carry of the annotations (<c>annotation_types</c>, <c>omit_annotation_text</c>).</summary>
internal sealed class ReplyShape
{
    private readonly HashSet<string>? _types;

    private ReplyShape(HashSet<string>? types, bool omitText)
    {
        _types = types;
        OmitText = omitText;
    }

    /// <summary>Every annotation, with its text: a request that asks for nothing else.</summary>
    public static ReplyShape Everything { get; } = new(null, omitText: false);

    public bool OmitText { get; }

    public static ReplyShape Of(ProcessRequest request) =>
        request.AnnotationTypes.Count == 0 && !request.OmitAnnotationText
            ? Everything
            : new(request.AnnotationTypes.Count == 0 ? null : new HashSet<string>(request.AnnotationTypes, StringComparer.Ordinal), request.OmitAnnotationText);

    public bool Includes(string type) => _types is null || _types.Contains(type);
}
