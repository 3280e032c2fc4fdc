using DocPipe.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Pipeline.IntegrationTests.Support;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Pipeline.IntegrationTests.Faults;

/// <summary>
/// The cap on abandoned steps (<c>Pipeline:MaxAbandonedSteps</c>, 2 in this host): once that many steps that
/// ignored their timeout still run, documents that would run steps are refused and health says NOT_SERVING;
/// when they finish, the host serves again.
/// </summary>
[Collection(Isolated.Name)]
public sealed class AbandonedStepCapTests(FaultHostFixture host)
{
    [Fact]
    public async Task At_the_cap_documents_are_RESOURCE_EXHAUSTED_and_health_is_NOT_SERVING_until_the_abandoned_steps_finish()
    {
        await host.WaitForAbandonedStepsAsync();
        Assert.Equal(ServingStatus.Serving, (await host.Health.CheckAsync(new HealthCheckRequest())).Status);

        // Each step sleeps 20 s, ignoring its 200 ms timeout: both are abandoned and still run for the rest of the test.
        var hung = await Task.WhenAll(Enumerable.Range(0, FaultHostFixture.MaxAbandonedSteps).Select(i => FailsAsync("hangs-long", $"hang-{i}")));
        Assert.All(hung, ex => Assert.Equal(StatusCode.Aborted, ex.StatusCode));
        Assert.Equal(FaultHostFixture.MaxAbandonedSteps, host.Supervisor.AbandonedRunning);

        var refused = await FailsAsync("news", "refused");
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("Pipeline:MaxAbandonedSteps", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains($"the cap is {FaultHostFixture.MaxAbandonedSteps}", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(ServingStatus.NotServing, (await host.Health.CheckAsync(new HealthCheckRequest())).Status);

        // A chain without steps risks nothing, and the catalogue stays readable.
        var empty = await host.Client.ProcessAsync(new ProcessRequest { Chain = "empty", Document = new Document { Id = "empty", Text = "x" } });
        Assert.Equal("x", empty.Text);
        Assert.NotEmpty((await host.Client.ListChainsAsync(new ListChainsRequest())).Chains);

        await host.WaitForAbandonedStepsAsync();
        Assert.Equal(ServingStatus.Serving, (await host.Health.CheckAsync(new HealthCheckRequest())).Status);
        var served = await host.Client.ProcessAsync(new ProcessRequest { Document = new Document { Id = "after", Text = "QR code\nBack.\n" } });
        Assert.Equal("Back.\n", served.Text);
    }

    private async Task<RpcException> FailsAsync(string chain, string id) =>
        await Assert.ThrowsAsync<RpcException>(async () => await host.Client.ProcessAsync(
            new ProcessRequest { Chain = chain, Document = new Document { Id = id, Text = "A short document.\n" } },
            deadline: DateTime.UtcNow.AddMinutes(1)));
}
