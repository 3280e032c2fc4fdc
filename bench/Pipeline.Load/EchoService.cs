using DocPipe.V1;
using Grpc.Core;

namespace Pipeline.Load;

/// <summary>Answers each document with its own text and nothing else: what gRPC and Kestrel cost without the pipeline.</summary>
internal sealed class EchoService : PipelineService.PipelineServiceBase
{
    public override Task<ProcessResponse> Process(ProcessRequest request, ServerCallContext context) =>
        Task.FromResult(Echo(request));

    public override async Task ProcessStream(IAsyncStreamReader<ProcessRequest> requestStream, IServerStreamWriter<ProcessResponse> responseStream, ServerCallContext context)
    {
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            await responseStream.WriteAsync(Echo(request));
        }
    }

    private static ProcessResponse Echo(ProcessRequest request) =>
        new() { DocumentId = request.Document?.Id ?? string.Empty, Text = request.Document?.Text ?? string.Empty };
}
