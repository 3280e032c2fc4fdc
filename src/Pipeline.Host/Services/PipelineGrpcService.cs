using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Pipeline.Core.Chains;
using Pipeline.Core.Documents;
using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;
using Pipeline.Host.Configuration;

namespace Pipeline.Host.Services;

/// <summary>The gRPC face of the engine: resolves the chain, runs it, and reports.</summary>
[BindServiceMethod(typeof(ServiceBinding), nameof(ServiceBinding.BindService))]
internal sealed class PipelineGrpcService : PipelineService.PipelineServiceBase
{
    private readonly PipelineRuntime _runtime;
    private readonly InlineChainCache _inlineChains;
    private readonly StepSupervisor _supervisor;
    private readonly PipelineHostOptions _options;
    private readonly ILogger<PipelineGrpcService> _logger;

    public PipelineGrpcService(PipelineRuntime runtime, InlineChainCache inlineChains, StepSupervisor supervisor, IOptions<PipelineHostOptions> options, ILogger<PipelineGrpcService> logger)
    {
        _supervisor = supervisor;
        _runtime = runtime;
        _inlineChains = inlineChains;
        _options = options.Value;
        _logger = logger;
    }

    public override async Task<ProcessResponse> Process(ProcessRequest request, ServerCallContext context)
    {
        // HTTP/JSON formats the message itself, so it needs the annotations as messages.
        var grpc = context.GetHttpContext().Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;
        var (response, failure) = await ProcessOneAsync(request, grpc, context.CancellationToken);
        if (failure is not null)
        {
            throw failure.ToRpcException();
        }

        return response;
    }

    public override async Task ProcessStream(IAsyncStreamReader<ProcessRequest> requestStream, IServerStreamWriter<ProcessResponse> responseStream, ServerCallContext context)
    {
        // The stream's documents in flight, in request order. One leaves only once its reply is written, so that
        // at most StreamConcurrency are running or holding a finished reply, and the next request is read only
        // when there is room: a faster client waits in HTTP/2 flow control instead of in our memory.
        var inFlight = Channel.CreateBounded<Task<(ProcessResponse Response, DocumentFailure? Failure)>>(
            new BoundedChannelOptions(_options.ResolveStreamConcurrency()) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var reading = ReadAsync(requestStream, inFlight.Writer, stop.Token);
        try
        {
            // The only writer of the response stream, which takes one write at a time.
            while (await inFlight.Reader.WaitToReadAsync(CancellationToken.None) && inFlight.Reader.TryPeek(out var next))
            {
                var (response, failure) = await next;
                if (failure is not null)
                {
                    response.Error = failure.ToError();
                }

                await responseStream.WriteAsync(response, stop.Token);
                inFlight.Reader.TryRead(out _);
            }
        }
        finally
        {
            // The loop is left early only when the call is ending (client gone, deadline, a failed write): the documents
            // still running are cancelled and awaited, with the reader, so that none outlives the call unobserved.
            await stop.CancelAsync();
            await ObserveAsync(reading);
            while (inFlight.Reader.TryRead(out var left))
            {
                await ObserveAsync(left);
            }
        }

        // Reading ended at the end of the stream, or at a request that does not parse: that one ends the call
        // (INVALID_ARGUMENT) after the replies to the documents before it.
        await reading;
    }

    /// <summary>Starts each request's document as it is read, once there is room for it among those in flight.</summary>
    private async Task ReadAsync(IAsyncStreamReader<ProcessRequest> requestStream, ChannelWriter<Task<(ProcessResponse Response, DocumentFailure? Failure)>> inFlight, CancellationToken cancellationToken)
    {
        try
        {
            await using var requests = Checked(requestStream.ReadAllAsync(cancellationToken)).GetAsyncEnumerator(cancellationToken);
            while (await inFlight.WaitToWriteAsync(cancellationToken) && await requests.MoveNextAsync())
            {
                // Cannot fail: this loop is the channel's only writer and it waited for room.
                inFlight.TryWrite(ProcessOneAsync(requests.Current, annotationsAsBytes: true, cancellationToken));
            }
        }
        finally
        {
            inFlight.Complete();
        }
    }

    /// <summary>Waits for a task whose outcome no longer matters, so that its exception is not left to the finalizer.</summary>
    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // The call ends with an outcome of its own; the reader's failure is rethrown where it is the outcome.
        }
    }

    /// <summary>
    /// A stream cut short mid-frame is the client's mistake: INVALID_ARGUMENT, where grpc-dotnet would say INTERNAL. (A
    /// message that does not parse is already INVALID_ARGUMENT from its marshaller, <see cref="ServiceBinding"/>.)
    /// </summary>
    private static async IAsyncEnumerable<ProcessRequest> Checked(IAsyncEnumerable<ProcessRequest> requests)
    {
        await using var reader = requests.GetAsyncEnumerator();
        while (true)
        {
            try
            {
                if (!await reader.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or RpcException { StatusCode: StatusCode.Internal })
            {
                // grpc-dotnet's reader reports a frame cut short ("Incomplete message.") as INTERNAL.
                throw new RpcException(new Status(StatusCode.InvalidArgument, "the request stream is not valid gRPC framing: " + ex.Message));
            }

            yield return reader.Current;
        }
    }

    public override Task<ListPluginsResponse> ListPlugins(ListPluginsRequest request, ServerCallContext context)
    {
        using var lease = _runtime.Acquire();
        var response = new ListPluginsResponse();
        foreach (var plugin in lease.Snapshot.Plugins.All)
        {
            response.Plugins.Add(new PluginInfo
            {
                Name = plugin.Name,
                Kind = plugin.Kind.ToString().ToLowerInvariant(),
                Version = plugin.Version,
                Description = plugin.Description,
                OptionsSchema = plugin.OptionsSchemaText,
            });
        }

        return Task.FromResult(response);
    }

    public override Task<ListChainsResponse> ListChains(ListChainsRequest request, ServerCallContext context)
    {
        using var lease = _runtime.Acquire();
        var chains = lease.Snapshot.Chains;
        var response = new ListChainsResponse { DefaultChain = chains.DefaultChain };
        foreach (var chain in chains.Chains)
        {
            response.Chains.Add(new ChainInfo { Name = chain.Name, Description = chain.Definition.Description, Json = chain.Definition.Json });
        }

        return Task.FromResult(response);
    }

    public override Task<ValidateChainResponse> ValidateChain(ValidateChainRequest request, ServerCallContext context)
    {
        using var lease = _runtime.Acquire();
        var response = new ValidateChainResponse();
        var errors = string.IsNullOrWhiteSpace(request.ChainJson)
            ? [new ChainValidationError("$", 0, 0, "chain_json is empty")]
            : ChainLoader.ValidateInline(request.ChainJson, lease.Snapshot.Plugins);
        foreach (var error in errors)
        {
            response.Errors.Add(new ValidationError { Path = error.Path, Line = error.Line, Column = error.Column, Message = error.Message });
        }

        response.Valid = errors.Count == 0;
        return Task.FromResult(response);
    }

    /// <summary>Processes one document; a failure comes back beside the partial response rather than thrown.</summary>
    private async Task<(ProcessResponse Response, DocumentFailure? Failure)> ProcessOneAsync(ProcessRequest request, bool annotationsAsBytes, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var document = request.Document;
        var documentId = document?.Id ?? string.Empty;
        var chainName = string.Empty;
        var size = 0;
        using var lease = _runtime.Acquire();
        try
        {
            if (document is null)
            {
                throw DocumentFailure.MissingDocument();
            }

            size = document.Data.Length > 0 ? document.Data.Length : Encoding.UTF8.GetByteCount(document.Text);
            if (size > _options.MaxDocumentBytes)
            {
                throw DocumentFailure.TooLarge(size, _options.MaxDocumentBytes, document.Data.Length > 0);
            }

            var chain = Resolve(request, lease.Snapshot);
            chainName = chain.Name.Length > 0 ? chain.Name : "(inline)";
            if (chain.Steps.Count > 0 && _supervisor.AtAbandonedCap)
            {
                // Every abandoned step holds a thread and whatever it allocated; more would take the host down.
                throw DocumentFailure.Overloaded(_supervisor.AbandonedRunning, _supervisor.Options.MaxAbandonedSteps);
            }

            var input = Prepare(document);
            var result = await chain.RunAsync(input, request.Trace, _supervisor, cancellationToken);
            var response = ResponseMapper.ToResponse(result, chain.Name, input.MediaType, ReplyShape.Of(request), annotationsAsBytes);
            var failure = result.Failure is null ? null : DocumentFailure.FromChain(result.Failure);
            LogRequest(chainName, documentId, size, failure, started, result);
            return (response, failure);
        }
        catch (DocumentFailure failure)
        {
            LogRequest(chainName, documentId, size, failure, started, null);
            return (new ProcessResponse { DocumentId = documentId, Chain = request.Chain }, failure);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A fault of the host itself must still cost only this document, never a stream's later ones.
            var failure = DocumentFailure.Unexpected(ex);
            HostLog.Unexpected(_logger, chainName, documentId, ex.GetType().FullName ?? ex.GetType().Name, ex.StackTrace);
            HostLog.FailedDetail(_logger, chainName, documentId, failure.Message);
            return (new ProcessResponse { DocumentId = documentId, Chain = request.Chain }, failure);
        }
    }

    private static DocumentInput Prepare(Document document)
    {
        try
        {
            // Memory of the request message, which lives as long as the call: no copy of the bytes.
            return PreparedDocument.From(document.Id, document.Text, document.Data.Memory, document.MediaType, document.Metadata);
        }
        catch (DocumentFormatException ex)
        {
            throw DocumentFailure.Unreadable(ex);
        }
    }

    private Chain Resolve(ProcessRequest request, PipelineSnapshot snapshot)
    {
        if (!string.IsNullOrWhiteSpace(request.ChainJson))
        {
            try
            {
                return _inlineChains.Get(request.ChainJson, snapshot);
            }
            catch (ChainValidationException ex)
            {
                throw DocumentFailure.InvalidChain(ex);
            }
        }

        var chains = snapshot.Chains;
        var name = request.Chain.Length > 0 ? request.Chain : chains.DefaultChain;
        if (name.Length == 0)
        {
            throw DocumentFailure.NoDefaultChain();
        }

        return chains.Find(name) ?? throw DocumentFailure.UnknownChain(name, chains);
    }

    private void LogRequest(string chain, string documentId, int size, DocumentFailure? failure, long started, ChainResult? result)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (failure is null)
        {
            HostLog.Processed(_logger, chain, documentId, size, elapsed);
        }
        else
        {
            HostLog.Failed(_logger, chain, documentId, size, failure.Code, failure.Step, failure.LogReason, elapsed);
            HostLog.FailedDetail(_logger, chain, documentId, failure.Message);
        }

        if (result is not null && _logger.IsEnabled(LogLevel.Debug))
        {
            foreach (var step in result.Steps)
            {
                HostLog.Step(_logger, documentId, step.StepId, step.Plugin, step.Outcome, step.EditCount, step.Duration.TotalMilliseconds, step.Message);
            }
        }
    }
}
