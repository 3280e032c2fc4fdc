using System.Globalization;
using DocPipe.V1;
using Pipeline.Core.Engine;
using CoreStepOutcome = Pipeline.Core.Engine.StepOutcome;

namespace Pipeline.Host.Services;

/// <summary>Turns an engine result into the API's response, converting UTF-16 indices to code points.</summary>
internal static class ResponseMapper
{
    /// <param name="shape">Which annotations the request asked for, and whether with their text.</param>
    /// <param name="annotationsAsBytes">
    /// Leave the annotations out of the message and let <see cref="ReplyMarshaller"/> write them from the result
    /// (gRPC); otherwise map them to messages (HTTP/JSON, which formats the message itself).
    /// </param>
    public static ProcessResponse ToResponse(ChainResult result, string chainName, string mediaType, ReplyShape shape, bool annotationsAsBytes = false)
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

        var offsets = new ResultOffsets(result);
        if (annotationsAsBytes)
        {
            response.WrittenAnnotations = new AnnotationBlock(result, offsets, shape);
        }
        else
        {
            foreach (var annotation in result.Annotations)
            {
                if (shape.Includes(annotation.Type))
                {
                    response.Annotations.Add(ToMessage(annotation, offsets.Place(annotation.Start, annotation.End), shape.OmitText ? null : result.Text));
                }
            }
        }

        if (result.Summary is { } summary)
        {
            var mapped = new DocPipe.V1.Summary { Text = summary.Text, Plugin = summary.Plugin };
            foreach (var sentence in summary.Sentences)
            {
                mapped.Sentences.Add(new Span { Start = offsets.InText(sentence.Start), End = offsets.InText(sentence.End), Score = sentence.Score });
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
                var (originalStart, originalEnd, page, endPage) = offsets.InOriginal(change.OriginalStart, change.OriginalEnd);
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

    /// <param name="text">The result's text, to slice the annotation's from; null to leave it out.</param>
    private static DocPipe.V1.Annotation ToMessage(Pipeline.Abstractions.Annotation annotation, Placement at, string? text)
    {
        var mapped = new DocPipe.V1.Annotation
        {
            Type = annotation.Type,
            Start = at.Start,
            End = at.End,
            Text = text?[annotation.Start..annotation.End] ?? string.Empty,
            OriginalStart = at.OriginalStart,
            OriginalEnd = at.OriginalEnd,
            Score = annotation.Score,
            Plugin = annotation.Plugin,
        };
        foreach (var (key, value) in annotation.Attributes)
        {
            mapped.Attributes[key] = value;
        }

        // A binary document's page numbers replace a step's attributes of the same names, as AnnotationBlock writes
        // them: a span on one page has no end_page (the proto's comment on attributes).
        if (at.Page > 0)
        {
            mapped.Attributes[AnnotationBlock.PageKey] = at.Page.ToString(CultureInfo.InvariantCulture);
            if (at.EndPage != at.Page)
            {
                mapped.Attributes[AnnotationBlock.EndPageKey] = at.EndPage.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                mapped.Attributes.Remove(AnnotationBlock.EndPageKey);
            }
        }

        return mapped;
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
