using Grpc.Core;
using Pipeline.Core.Engine;

namespace Pipeline.Host.Services;

/// <summary>The host's log events. None at Information or above carries document text, nor a plugin's message (which may quote it).</summary>
internal static partial class HostLog
{
    [LoggerMessage(100, LogLevel.Information, "Processed document {DocumentId} with chain {Chain}: {Bytes} bytes, OK in {ElapsedMs:0.0} ms")]
    public static partial void Processed(ILogger logger, string chain, string documentId, int bytes, double elapsedMs);

    [LoggerMessage(101, LogLevel.Warning, "Document {DocumentId} failed in chain {Chain}: {Bytes} bytes, {Status} at step {Step} after {ElapsedMs:0.0} ms: {Reason}")]
    public static partial void Failed(ILogger logger, string chain, string documentId, int bytes, StatusCode status, string step, string reason, double elapsedMs);

    [LoggerMessage(104, LogLevel.Debug, "Document {DocumentId} failed in chain {Chain}, the caller was told: {Message}")]
    public static partial void FailedDetail(ILogger logger, string chain, string documentId, string message);

    // The exception's message may quote the document: its type and stack trace are logged at Error, the rest at Debug.
    [LoggerMessage(103, LogLevel.Error, "The host failed on document {DocumentId} in chain {Chain}: {ErrorType} {StackTrace}")]
    public static partial void Unexpected(ILogger logger, string chain, string documentId, string errorType, string? stackTrace);

    [LoggerMessage(102, LogLevel.Debug, "Document {DocumentId} step {Step} ({Plugin}): {Outcome}, {Edits} edits in {ElapsedMs:0.000} ms {Message}")]
    public static partial void Step(ILogger logger, string documentId, string step, string plugin, StepOutcome outcome, int edits, double elapsedMs, string message);

    [LoggerMessage(110, LogLevel.Warning, "Refused a call to {Method}: {Reason} (UNAUTHENTICATED)")]
    public static partial void Unauthenticated(ILogger logger, string method, string reason);

    [LoggerMessage(111, LogLevel.Warning, "Refused a call to {Method}: the key {KeyName} lacks the scope {Scope} (PERMISSION_DENIED)")]
    public static partial void PermissionDenied(ILogger logger, string method, string keyName, string scope);
}
