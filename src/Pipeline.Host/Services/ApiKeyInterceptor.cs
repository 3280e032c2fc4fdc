using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Pipeline.Host.Services;

/// <summary>
/// Checks the caller's API key before any work, for gRPC and HTTP/JSON alike (transcoded calls pass
/// through the same interceptors): no or an unknown key is <c>UNAUTHENTICATED</c>, a key without the
/// method's scope <c>PERMISSION_DENIED</c>. Health checks need no key, so that probes work unchanged.
/// </summary>
internal sealed class ApiKeyInterceptor(ApiKeys keys, ILogger<ApiKeyInterceptor> logger) : Interceptor
{
    private const string Service = "/docpipe.v1.PipelineService/";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, responseStream, context);
    }

    /// <summary>The scope a method needs; null for one anybody may call.</summary>
    internal static string? ScopeOf(string method) => method switch
    {
        _ when method.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal) => null,
        Service + "Process" or Service + "ProcessStream" => ApiKeys.Process,
        // The catalogue, ValidateChain and server reflection describe the service and never touch a document.
        _ => ApiKeys.Catalogue,
    };

    private void Authorize(ServerCallContext context)
    {
        if (!keys.Enabled || ScopeOf(context.Method) is not { } scope)
        {
            return;
        }

        var presented = Presented(context.RequestHeaders);
        if (presented is null)
        {
            HostLog.Unauthenticated(logger, context.Method, "no key");
            throw new RpcException(new Status(StatusCode.Unauthenticated, "an API key is required: send the metadata 'authorization: Bearer <key>' or 'x-api-key: <key>'"));
        }

        if (keys.Find(presented) is not { } key)
        {
            HostLog.Unauthenticated(logger, context.Method, "an unknown key");
            throw new RpcException(new Status(StatusCode.Unauthenticated, "the API key is not valid"));
        }

        if (!key.Scopes.Contains(scope))
        {
            HostLog.PermissionDenied(logger, context.Method, key.Name, scope);
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"the API key '{key.Name}' may not call {context.Method} (it needs the scope '{scope}')"));
        }
    }

    private static string? Presented(Metadata headers)
    {
        if (headers.GetValue("authorization") is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && authorization[7..].Trim() is { Length: > 0 } bearer)
        {
            return bearer;
        }

        return headers.GetValue("x-api-key") is { Length: > 0 } apiKey ? apiKey.Trim() : null;
    }
}
