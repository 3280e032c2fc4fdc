using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>The standard services beside the pipeline: gRPC health checking and server reflection.</summary>
[Collection(SharedHost.Name)]
public sealed class ServiceTests(HostFixture host)
{
    [Fact]
    public async Task The_health_service_answers_SERVING()
    {
        var client = new Health.HealthClient(host.Channel);

        var response = await client.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Server_reflection_lists_the_pipeline_service_and_serves_its_proto_file()
    {
        var client = new ServerReflection.ServerReflectionClient(host.Channel);
        using var call = client.ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(10));

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "docpipe.v1.PipelineService" });
        await call.RequestStream.CompleteAsync();
        var replies = new List<ServerReflectionResponse>();
        await foreach (var reply in call.ResponseStream.ReadAllAsync())
        {
            replies.Add(reply);
        }

        Assert.Equal(2, replies.Count);
        var services = replies[0].ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("docpipe.v1.PipelineService", services);
        Assert.Contains("grpc.health.v1.Health", services);
        var files = replies[1].FileDescriptorResponse.FileDescriptorProto
            .Select(bytes => Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(bytes))
            .ToList();
        var pipeline = Assert.Single(files, f => f.Name == "docpipe/v1/pipeline.proto");
        Assert.Contains(pipeline.Service, s => s.Name == "PipelineService" && s.Method.Any(m => m.Name == "ProcessStream" && m.ClientStreaming && m.ServerStreaming));
    }
}
