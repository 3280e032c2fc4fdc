using DocPipe.V1;
using Pipeline.Core.Engine;
using Pipeline.Core.Text;
using CoreStepOutcome = Pipeline.Core.Engine.StepOutcome;

namespace Pipeline.Host.Services;

/// <summary>Turns an engine result into the API's response, converting UTF-16 indices to code points.</summary>
internal static class ResponseMapper
{
    public static ProcessResponse ToResponse(ChainResult result, string chainName)
    {
        var response = new ProcessResponse
        {
            DocumentId = result.DocumentId,
            Text = result.Text,
            Chain = chainName,
        };
        foreach (var (key, value) in result.Metadata)
        {
            response.Metadata[key] = value;
        }

        var current = new CodePointIndex(result.Text);
        var original = new Lazy<CodePointIndex>(() => new CodePointIndex(result.OriginalText));
        foreach (var annotation in result.Annotations)
        {
            var (originalStart, originalEnd) = result.Map.ToOriginal(annotation.Start, annotation.End);
            var mapped = new DocPipe.V1.Annotation
            {
                Type = annotation.Type,
                Start = current.ToCodePoints(annotation.Start),
                End = current.ToCodePoints(annotation.End),
                Text = result.Text[annotation.Start..annotation.End],
                OriginalStart = originalStart < 0 ? -1 : original.Value.ToCodePoints(originalStart),
                OriginalEnd = originalEnd < 0 ? -1 : original.Value.ToCodePoints(originalEnd),
                Score = annotation.Score,
                Plugin = annotation.Plugin,
            };
            foreach (var (key, value) in annotation.Attributes)
            {
                mapped.Attributes[key] = value;
            }
            response.Annotations.Add(mapped);
        }

        if (result.Summary is { } summary)
        {
            var mapped = new DocPipe.V1.Summary { Text = summary.Text, Plugin = summary.Plugin };
            foreach (var sentence in summary.Sentences)
            {
                mapped.Sentences.Add(new Span { Start = current.ToCodePoints(sentence.Start), End = current.ToCodePoints(sentence.End), Score = sentence.Score });
            }

            response.Summary = mapped;
        }

        foreach (var step in result.Steps)
        {
            var report = new StepReport
            {
                Step = step.StepId,
                Plugin = step.Plugin,
                Status = ToStatus(step.Outcome),
                DurationUs = (long)step.Duration.TotalMicroseconds,
                Message = step.Message,
                Edits = step.EditCount,
            };
            foreach (var change in step.Changes)
            {
                report.Changes.Add(new Edit
                {
                    OriginalStart = change.OriginalStart < 0 ? -1 : original.Value.ToCodePoints(change.OriginalStart),
                    OriginalEnd = change.OriginalEnd < 0 ? -1 : original.Value.ToCodePoints(change.OriginalEnd),
                    Removed = change.Removed,
                    Inserted = change.Inserted,
                    Reason = change.Reason,
                });
            }

            response.Steps.Add(report);
        }

        return response;
    }

    private static StepStatus ToStatus(CoreStepOutcome outcome) => outcome switch
    {
        CoreStepOutcome.Ok => StepStatus.Ok,
        CoreStepOutcome.Skipped => StepStatus.Skipped,
        CoreStepOutcome.Failed => StepStatus.Failed,
        CoreStepOutcome.TimedOut => StepStatus.TimedOut,
        _ => StepStatus.Unspecified,
    };
}
