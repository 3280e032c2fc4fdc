using System.Buffers;
using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;
using Pipeline.Core.Documents;
using Pipeline.Core.Engine;
using Pipeline.Host.Services;

namespace Pipeline.Benchmarks;

/// <summary>
/// What the host adds to a chain per document, in-process and without a socket: reading the request, and making and
/// serializing the reply, as HTTP/JSON's messages or as gRPC's written annotations, and that last reply alone. Process CPU
/// time, single thread.
/// </summary>
internal static class ReplyCost
{
    public static async Task<int> RunAsync(string chainName, int count)
    {
        using var runtime = BuiltIns.Start();
        var chain = runtime.Current.Chains.Find(chainName);
        if (chain is null)
        {
            await Console.Error.WriteLineAsync($"no chain '{chainName}'");
            return 2;
        }

        using var supervisor = new StepSupervisor(new StepSupervisorOptions());
        var request = new ProcessRequest { Document = new Document { Id = "sample", Text = BuiltIns.Sample() }, Chain = chainName }.ToByteArray();
        var output = new ArrayBufferWriter<byte>(256 * 1024);
        var serialization = new BufferSerialization(output);

        async Task<(ChainResult Result, string MediaType)> RunAsync()
        {
            var document = ProcessRequest.Parser.ParseFrom(request).Document;
            var input = PreparedDocument.From(document.Id, document.Text, document.Data.Memory, document.MediaType, document.Metadata);
            return (await chain.RunAsync(input, trace: false, supervisor, CancellationToken.None), input.MediaType);
        }

        async Task ChainAsync() => await RunAsync();

        async Task MessagesAsync()
        {
            var (result, mediaType) = await RunAsync();
            output.ResetWrittenCount();
            ResponseMapper.ToResponse(result, chain.Name, mediaType, ReplyShape.Everything).WriteTo(output);
        }

        async Task WrittenAsync()
        {
            var (result, mediaType) = await RunAsync();
            output.ResetWrittenCount();
            ReplyMarshaller.Instance.ContextualSerializer(ResponseMapper.ToResponse(result, chain.Name, mediaType, ReplyShape.Everything, annotationsAsBytes: true), serialization);
        }

        // The reply alone, made again from one result: its cost without the chain's noise around it.
        var (kept, keptMediaType) = await RunAsync();
        Task WrittenAloneAsync()
        {
            output.ResetWrittenCount();
            ReplyMarshaller.Instance.ContextualSerializer(ResponseMapper.ToResponse(kept, chain.Name, keptMediaType, ReplyShape.Everything, annotationsAsBytes: true), serialization);
            return Task.CompletedTask;
        }

        var variants = new (string Name, Func<Task> Run)[]
        {
            ("request and chain", ChainAsync),
            ("+ reply as messages (HTTP/JSON's mapping)", MessagesAsync),
            ("+ reply written (gRPC)", WrittenAsync),
            ("reply written alone, from one result", WrittenAloneAsync),
        };
        foreach (var (_, run) in variants)
        {
            for (var i = 0; i < Math.Max(2000, count); i++)
            {
                await run();
            }
        }

        // Rounds of each in turn, so that a neighbour's burst on a shared machine touches all four.
        for (var round = 1; round <= 3; round++)
        {
            foreach (var (name, run) in variants)
            {
                GC.Collect();
                var cpu = StepLoop.ProcessCpuNanoseconds();
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < count; i++)
                {
                    await run();
                }

                var perDocument = (StepLoop.ProcessCpuNanoseconds() - cpu) / 1000.0 / count;
                Console.WriteLine($"round {round}  {name,-42} {perDocument,8:0.0} µs cpu  {(GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1024.0 / count,7:0.0} KB");
            }
        }

        Console.WriteLine($"reply: {output.WrittenCount:N0} bytes");
        return 0;
    }

    private sealed class BufferSerialization(IBufferWriter<byte> output) : SerializationContext
    {
        public override void SetPayloadLength(int payloadLength)
        {
        }

        public override IBufferWriter<byte> GetBufferWriter() => output;

        public override void Complete()
        {
        }
    }
}
