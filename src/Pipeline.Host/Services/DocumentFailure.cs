using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Pipeline.Core.Chains;
using Pipeline.Core.Documents;
using Pipeline.Core.Engine;

namespace Pipeline.Host.Services;

/// <summary>
/// Why one document could not be processed, as a status code and a message a caller can act on. The one
/// place where failures become what callers see: an <see cref="RpcException"/> for <c>Process</c>, an
/// <c>Error</c> in the reply for <c>ProcessStream</c>.
/// </summary>
internal sealed class DocumentFailure : Exception
{
    private DocumentFailure(StatusCode code, string message, string step = "", IReadOnlyList<ChainValidationError>? violations = null, string? logReason = null)
        : base(message)
    {
        Code = code;
        Step = step;
        Violations = violations ?? [];
        LogReason = logReason ?? message;
    }

    public DocumentFailure()
        : this(StatusCode.Unknown, "unknown failure")
    {
    }

    public DocumentFailure(string message)
        : this(StatusCode.Unknown, message)
    {
    }

    public DocumentFailure(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = StatusCode.Unknown;
        Step = string.Empty;
        Violations = [];
        LogReason = message;
    }

    public StatusCode Code { get; }

    public string Step { get; }

    public IReadOnlyList<ChainValidationError> Violations { get; }

    /// <summary>
    /// What the log at Information and above may say: <see cref="Exception.Message"/> unless a plugin wrote it,
    /// since a plugin's message may quote the document (logs must never carry its text).
    /// </summary>
    public string LogReason { get; }

    public static DocumentFailure UnknownChain(string name, ChainSet chains) =>
        new(StatusCode.NotFound, $"unknown chain '{name}'; configured chains: {string.Join(", ", chains.Chains.Select(c => c.Name))}");

    public static DocumentFailure NoDefaultChain() =>
        new(StatusCode.FailedPrecondition, "the request names no chain and no default chain is configured");

    public static DocumentFailure InvalidChain(ChainValidationException ex) =>
        new(StatusCode.InvalidArgument, "invalid chain_json: " + string.Join("; ", ex.Errors), violations: ex.Errors);

    public static DocumentFailure MissingDocument() =>
        new(StatusCode.InvalidArgument, "the request has no document");

    public static DocumentFailure TooLarge(int bytes, int limit, bool data) =>
        new(StatusCode.InvalidArgument, $"document {(data ? "data" : "text")} is {bytes:N0} bytes{(data ? "" : " (UTF-8)")}; the limit is {limit:N0} bytes (Pipeline:MaxDocumentBytes)");

    public static DocumentFailure Unreadable(DocumentFormatException ex) =>
        new(StatusCode.InvalidArgument, "document: " + ex.Message, logReason: "unreadable document");

    public static DocumentFailure Overloaded(int abandoned, int cap) =>
        new(StatusCode.ResourceExhausted, $"the host is refusing documents: {abandoned} steps abandoned at their timeout still run, the cap is {cap} (Pipeline:MaxAbandonedSteps); retry once they finish");

    public static DocumentFailure Unexpected(Exception ex) =>
        new(StatusCode.Internal, $"the host failed to process the document: {ex.GetType().Name}: {ex.Message}", logReason: $"the host failed: {ex.GetType().Name}");

    public static DocumentFailure FromChain(ChainFailure failure) => new(
        failure.Kind switch
        {
            FailureKind.DocumentRejected => StatusCode.InvalidArgument,
            FailureKind.StepTimedOut => StatusCode.Aborted,
            FailureKind.ResourceExhausted => StatusCode.ResourceExhausted,
            // A pattern that backtracks without end on this document ran past its match timeout: a timeout too, not a fault of the host.
            _ when failure.ErrorType == nameof(System.Text.RegularExpressions.RegexMatchTimeoutException) => StatusCode.Aborted,
            _ => StatusCode.Internal,
        },
        failure.Message,
        failure.StepId,
        logReason: failure.Kind switch
        {
            FailureKind.DocumentRejected => $"step '{failure.StepId}' (plugin {failure.Plugin}) rejected the document",
            FailureKind.StepTimedOut => $"step '{failure.StepId}' (plugin {failure.Plugin}) timed out",
            _ when failure.ErrorType.Length > 0 => $"step '{failure.StepId}' (plugin {failure.Plugin}) threw {failure.ErrorType}",
            _ => $"step '{failure.StepId}' (plugin {failure.Plugin}) returned invalid results",
        });

    public DocPipe.V1.Error ToError() => new() { Code = (int)Code, Message = Message, Step = Step };

    public RpcException ToRpcException()
    {
        var status = new Google.Rpc.Status { Code = (int)Code, Message = Message };
        if (Violations.Count > 0)
        {
            var badRequest = new BadRequest();
            foreach (var violation in Violations)
            {
                badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
                {
                    Field = "chain_json" + violation.Path.TrimStart('$'),
                    Description = violation.Line > 0 ? $"line {violation.Line}, column {violation.Column}: {violation.Message}" : violation.Message,
                });
            }

            status.Details.Add(Any.Pack(badRequest));
        }

        // The rich status travels in the trailer every gRPC language's error-details helpers read.
        var trailers = new Metadata { { "grpc-status-details-bin", status.ToByteArray() } };
        if (Step.Length > 0)
        {
            trailers.Add("docpipe-step", Step);
        }

        return new RpcException(new Grpc.Core.Status(Code, Message), trailers);
    }
}
