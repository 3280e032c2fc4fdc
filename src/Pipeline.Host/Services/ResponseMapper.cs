using System.Globalization;
using DocPipe.V1;
using Pipeline.Core.Engine;
using Pipeline.Core.Text;
using CoreStepOutcome = Pipeline.Core.Engine.StepOutcome;

namespace Pipeline.Host.Services;

/// <summary>Turns an engine result into the API's response, converting UTF-16 indices to code points.</summary>
internal static class ResponseMapper
{
    public static ProcessResponse ToResponse(ChainResult result, string chainName, string mediaType)
    {
        var response = new ProcessResponse
        {
            DocumentId = result.DocumentId,
            Text = result.Text,
            Chain = chainName,
            MediaType = mediaType,
        };
        if (result.SourcePages is { } pages)
        {
            response.SourcePages.AddRange(pages.Pages);
        }

        foreach (var (key, value) in result.Metadata)
        {
            response.Metadata[key] = value;
        }

        var current = new CodePointIndex(result.Text);
        var original = new OriginalOffsets(result);
        foreach (var annotation in result.Annotations)
        {
            var (originalStart, originalEnd, page, endPage) = original.ToCodePoints(result.Map.ToOriginal(annotation.Start, annotation.End));
            var mapped = new DocPipe.V1.Annotation
            {
                Type = annotation.Type,
                Start = current.ToCodePoints(annotation.Start),
                End = current.ToCodePoints(annotation.End),
                Text = result.Text[annotation.Start..annotation.End],
                OriginalStart = originalStart,
                OriginalEnd = originalEnd,
                Score = annotation.Score,
                Plugin = annotation.Plugin,
            };
            foreach (var (key, value) in annotation.Attributes)
            {
                mapped.Attributes[key] = value;
            }

            if (page > 0)
            {
                mapped.Attributes["page"] = page.ToString(CultureInfo.InvariantCulture);
                if (endPage != page)
                {
                    mapped.Attributes["end_page"] = endPage.ToString(CultureInfo.InvariantCulture);
                }
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
                var (originalStart, originalEnd, page, endPage) = original.ToCodePoints((change.OriginalStart, change.OriginalEnd));
                report.Changes.Add(new Edit
                {
                    OriginalStart = originalStart,
                    OriginalEnd = originalEnd,
                    Page = page,
                    EndPage = endPage,
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
        CoreStepOutcome.NotApplicable => StepStatus.NotApplicable,
        _ => StepStatus.Unspecified,
    };
}
