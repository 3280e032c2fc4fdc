using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Options;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Core.Runtime;
using Pipeline.Host.Configuration;
using Pipeline.Host.Services;
using Serilog;

namespace Pipeline.Host;

/// <summary>Builds the DocPipe web application; <c>Program</c> runs it, tests start it on a free port.</summary>
public static class PipelineHost
{
    /// <summary>The default of <c>Pipeline:MaxMessageBytes</c>, the largest gRPC message accepted or sent; documents are limited separately by <c>Pipeline:MaxDocumentBytes</c>.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    /// <summary>Builds the application. <paramref name="configure"/> may change configuration or services before the build (tests do).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Each host keeps its own logger: without preserveStaticLogger every host of a process would write
        // through the static Log.Logger, the last one built, and the first to stop would silence them all.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services),
            preserveStaticLogger: true);

        builder.Services.AddOptions<PipelineHostOptions>().Bind(builder.Configuration.GetSection(PipelineHostOptions.Section))
            .Validate(options => options.StreamConcurrency >= 0, "Pipeline:StreamConcurrency must be 0 (one per processor) or more")
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<PipelineHostOptions>>().Value;
            var runtimeOptions = new PipelineRuntimeOptions
            {
                ChainsFile = options.ResolveChainsFile(),
                Watch = options.WatchForChanges,
                CollectiblePlugins = options.CollectiblePlugins,
                Trust = options.TrustedPlugins.Count > 0 ? new PluginTrust(options.TrustedPlugins) : null,
            };
            foreach (var directory in options.ResolvePluginDirectories())
            {
                runtimeOptions.PluginDirectories.Add(directory);
            }

            return PipelineRuntime.Start(runtimeOptions, services.GetRequiredService<ILoggerFactory>());
        });
        builder.Services.AddSingleton<InlineChainCache>();
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton<ApiKeys>();

        builder.Services.AddOptions<GrpcServiceOptions>().Configure<IOptions<PipelineHostOptions>>((grpc, host) =>
        {
            grpc.MaxReceiveMessageSize = host.Value.MaxMessageBytes;
            grpc.MaxSendMessageSize = host.Value.MaxMessageBytes;
        });
        builder.Services.AddGrpc(options => options.Interceptors.Add<ApiKeyInterceptor>())
            .AddJsonTranscoding(options =>
            {
                // An error's google.rpc.Status details are Any messages: JSON can only spell out the types it knows.
                options.TypeRegistry = TypeRegistry.FromMessages(BadRequest.Descriptor);
                // The canonical proto3 JSON mapping writes 64-bit integers as strings (JavaScript numbers lose precision past 2^53).
                options.JsonSettings.WriteInt64sAsStrings = true;
            });
        builder.Services.AddGrpcReflection();
        builder.AddStepSupervision();

        ClientCertificates.AddTo(builder);

        configure?.Invoke(builder);
        Http1Endpoints.AddTo(builder.Configuration);

        var app = builder.Build();

        StepSupervision.ApplyHeapHardLimit(app.Services.GetRequiredService<IOptions<PipelineHostOptions>>().Value, app.Logger);

        // Load plugins and chains now, so that a bad chains file stops start-up with its errors rather than the first request.
        app.Services.GetRequiredService<PipelineRuntime>();
        app.Services.GetRequiredService<StepSupervisor>();
        // Likewise a misconfigured key list.
        app.Services.GetRequiredService<ApiKeys>();

        app.UseMiddleware<MessageCheck>();
        app.MapGrpcService<PipelineGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
