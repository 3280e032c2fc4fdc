using DocPipe.V1;
using Grpc.Core;

namespace Pipeline.Host.Services;

/// <summary>
/// Binds <see cref="PipelineGrpcService"/> as the generated code does, but with <see cref="ReplyMarshaller"/> for
/// the methods that answer with a <see cref="ProcessResponse"/>. grpc-dotnet and JSON transcoding both find this
/// method through the service's <see cref="BindServiceMethodAttribute"/>; JSON transcoding does not use marshallers.
/// </summary>
internal static class ServiceBinding
{
    /// <summary>The proto's service: JSON transcoding and reflection look for it beside the bind method.</summary>
    public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => PipelineService.Descriptor;

    // The second parameter is the generated base: grpc-dotnet binds the overrides of that type's methods.
    public static void BindService(ServiceBinderBase binder, PipelineService.PipelineServiceBase service) =>
        PipelineService.BindService(new WithReplyMarshaller(binder), service);

    private sealed class WithReplyMarshaller(ServiceBinderBase inner) : ServiceBinderBase
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
            where TResponse : class =>
            ReplyMarshaller.Instance is Marshaller<TResponse> replies
                ? new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, method.RequestMarshaller, replies)
                : method;
    }
}
