using System.Runtime;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Pipeline.Core.Engine;

namespace Pipeline.Host.Configuration;

/// <summary>The host's defences against faulty plugins, its health check, and how long shutdown waits for running calls.</summary>
internal static class StepSupervision
{
    /// <summary>Where <c>HostOptions</c> (<c>ShutdownTimeout</c>) is read from.</summary>
    public const string HostOptionsSection = "HostOptions";

    public static void AddStepSupervision(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection(HostOptionsSection));
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<PipelineHostOptions>>().Value;
            PluginConsole.Install();
            return new StepSupervisor(
                new StepSupervisorOptions
                {
                    MaxAbandonedSteps = options.MaxAbandonedSteps,
                    StepMemoryBudgetBytes = options.StepMemoryBudgetBytes,
                },
                services.GetRequiredService<ILoggerFactory>());
        });
        builder.Services.AddGrpcHealthChecks().AddCheck<AbandonedStepsHealthCheck>("pipeline");
    }

    /// <summary>Sets the GC heap hard limit when one is configured, so that a runaway allocation throws rather than the OS killing the host.</summary>
    public static void ApplyHeapHardLimit(PipelineHostOptions options, ILogger logger)
    {
        if (options.HeapHardLimitBytes <= 0)
        {
            return;
        }

        AppContext.SetData("GCHeapHardLimit", (ulong)options.HeapHardLimitBytes);
        try
        {
            GC.RefreshMemoryLimit();
            HostLimitsLog.HardLimitSet(logger, options.HeapHardLimitBytes, GCSettings.IsServerGC ? "server" : "workstation");
        }
        catch (InvalidOperationException ex)
        {
            HostLimitsLog.HardLimitRefused(logger, options.HeapHardLimitBytes, ex.Message);
        }
    }

    private sealed class AbandonedStepsHealthCheck(StepSupervisor supervisor) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var running = supervisor.AbandonedRunning;
            var data = new Dictionary<string, object>
            {
                ["abandonedRunning"] = running,
                ["abandonedTotal"] = supervisor.AbandonedTotal,
                ["maxAbandonedSteps"] = supervisor.Options.MaxAbandonedSteps,
            };
            return Task.FromResult(supervisor.AtAbandonedCap
                ? HealthCheckResult.Unhealthy($"{running} steps abandoned at their timeout still run, the cap Pipeline:MaxAbandonedSteps is {supervisor.Options.MaxAbandonedSteps}: documents are refused until some finish", data: data)
                : HealthCheckResult.Healthy($"{running} abandoned steps still run", data));
        }
    }
}
