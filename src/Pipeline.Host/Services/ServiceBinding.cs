using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Pipeline.Host.Services;

/// <summary>
/// Binds <see cref="PipelineGrpcService"/> as the generated code does, with two marshallers of our own: requests that
/// do not parse are the client's mistake (<c>INVALID_ARGUMENT</c> saying why, where grpc-dotnet would answer
/// <c>UNKNOWN</c>), and replies that carry <see cref="ProcessResponse.WrittenAnnotations"/> go through
/// <see cref="ReplyMarshaller"/>. grpc-dotnet and JSON transcoding both find this method through the service's
/// <see cref="BindServiceMethodAttribute"/>; JSON transcoding uses no marshallers.
/// </summary>
internal static class ServiceBinding
{
    /// <summary>The proto's service: JSON transcoding and reflection look for it beside the bind method.</summary>
    public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => PipelineService.Descriptor;

    // The second parameter is the generated base: grpc-dotnet binds the overrides of that type's methods.
    public static void BindService(ServiceBinderBase binder, PipelineService.PipelineServiceBase service) =>
        PipelineService.BindService(new OwnMarshallers(binder), service);

    private sealed class OwnMarshallers(ServiceBinderBase inner) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Rebind(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Rebind(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Rebind(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Rebind(method), handler);

        private static Method<TRequest, TResponse> Rebind<TRequest, TResponse>(Method<TRequest, TResponse> method)
            where TRequest : class
            where TResponse : class
        {
            var replies = ReplyMarshaller.Instance as Marshaller<TResponse> ?? method.ResponseMarshaller;
            return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, Checked(method.RequestMarshaller), replies);
        }

        private static Marshaller<TRequest> Checked<TRequest>(Marshaller<TRequest> marshaller)
            where TRequest : class
        {
            var name = typeof(TRequest).GetProperty("Descriptor")?.GetValue(null) is Google.Protobuf.Reflection.MessageDescriptor descriptor
                ? descriptor.FullName
                : typeof(TRequest).Name;
            return Marshallers.Create(marshaller.ContextualSerializer, context =>
            {
                try
                {
                    return marshaller.ContextualDeserializer(context);
                }
                catch (InvalidProtocolBufferException ex)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, $"the request is not a valid {name}: {ex.Message}"));
                }
            });
        }
    }
}
