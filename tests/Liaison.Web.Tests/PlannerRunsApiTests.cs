using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Planning;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class PlannerRunsApiTests
{
    [Fact]
    public async Task RunPlansInTheBackgroundAndStoresTheProgramme()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        using var started = await officer.PostAsJsonAsync($"/api/events/{data.EventId}/planner-runs", new { timeLimitSeconds = 20 });
        var run = await started.Content.ReadFromJsonAsync<JsonElement>();
        var finished = await WaitUntilFinishedAsync(officer, started.Headers.Location!);
        var meetings = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/meetings");

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("Running", run.GetProperty("status").GetString());
        Assert.Contains("2 requests", run.GetProperty("inputsSummary").GetString(), StringComparison.Ordinal);
        Assert.Equal("Completed", finished.GetProperty("status").GetString());
        Assert.Equal(6, finished.GetProperty("bestValue").GetInt64());
        Assert.True(finished.GetProperty("optimal").GetBoolean());
        Assert.Equal(["R1", "R2"], meetings.EnumerateArray().Select(m => m.GetProperty("requestId").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task QueuedRunReportsProgressAndCanBeCancelled()
    {
        // Without the worker the run stays queued, so the cancel cannot race the solver.
        await using var app = await LiaisonApp.StartAsync(withoutPlannerWorker: true);
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        using var started = await officer.PostAsJsonAsync($"/api/events/{data.EventId}/planner-runs", new { timeLimitSeconds = 20 });
        var queued = await officer.GetFromJsonAsync<JsonElement>(started.Headers.Location);
        using var again = await officer.PostAsJsonAsync($"/api/events/{data.EventId}/planner-runs", new { timeLimitSeconds = 20 });
        using var cancel = await officer.DeleteAsync(started.Headers.Location);
        await StartWorkerAsync(app);
        var cancelled = await WaitUntilFinishedAsync(officer, started.Headers.Location!);
        using var cancelAgain = await officer.DeleteAsync(started.Headers.Location);
        var meetings = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/meetings");

        Assert.Equal("queued", queued.GetProperty("phase").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, cancelAgain.StatusCode);
        Assert.Equal(2, meetings.GetArrayLength());
    }

    private static async Task StartWorkerAsync(LiaisonApp app)
    {
        var worker = ActivatorUtilities.CreateInstance<PlannerWorker>(app.Services);
        await worker.StartAsync(CancellationToken.None);
        app.Disposing += () => worker.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Polls the run until it is no longer Running; bounded so a hung worker fails the test instead of hanging it.</summary>
    private static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, Uri run)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            var current = await client.GetFromJsonAsync<JsonElement>(run);
            if (current.GetProperty("status").GetString() != "Running")
            {
                return current;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Planner run {run} was still running after 1200 polls.");
    }
}
