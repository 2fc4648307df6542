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
        var finished = await PlannerRunPolling.WaitUntilFinishedAsync(officer, started.Headers.Location!);
        var meetings = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/meetings");

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("Running", run.GetProperty("status").GetString());
        Assert.Contains("2 requests", run.GetProperty("inputsSummary").GetString(), StringComparison.Ordinal);
        Assert.Equal("Completed", finished.GetProperty("status").GetString());
        Assert.Equal(6, finished.GetProperty("bestValue").GetInt64());
        Assert.True(finished.GetProperty("optimal").GetBoolean());
        Assert.Equal(["R1", "R2"], meetings.EnumerateArray().Select(m => m.GetProperty("requestId").GetString()).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RunPlansAroundALockedMeetingAndLeavesItUnchanged(DatabaseProvider provider)
    {
        await using var app = await LiaisonApp.StartAsync(provider);
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var meetings = $"/api/events/{data.EventId}/meetings";
        // R2 takes atlas at 09:00 local, the first slot of the day, and is locked there.
        using var movedAway = await officer.PutAsJsonAsync($"{meetings}/{data.NorwayMeetingId}/slot", new { roomId = data.AtlasId, start = "2024-11-25T15:00:00+01:00", version = 1 });
        using var moved = await officer.PutAsJsonAsync($"{meetings}/{data.EthiopiaMeetingId}/slot", new { roomId = data.AtlasId, start = "2024-11-25T09:00:00+01:00", version = 1 });
        using var locked = await officer.PutAsJsonAsync($"{meetings}/{data.EthiopiaMeetingId}/lock", new { locked = true, version = 2 });
        var before = await officer.GetStringAsync($"{meetings}/{data.EthiopiaMeetingId}");

        using var started = await officer.PostAsJsonAsync($"/api/events/{data.EventId}/planner-runs", new { timeLimitSeconds = 20 });
        var finished = await PlannerRunPolling.WaitUntilFinishedAsync(officer, started.Headers.Location!);
        var after = await officer.GetStringAsync($"{meetings}/{data.EthiopiaMeetingId}");
        var programme = await officer.GetFromJsonAsync<JsonElement>(meetings);
        var norway = programme.EnumerateArray().Single(m => m.GetProperty("requestId").GetString() == "R1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { movedAway.StatusCode, moved.StatusCode, locked.StatusCode });
        Assert.Equal("Completed", finished.GetProperty("status").GetString());
        Assert.Equal(before, after);
        Assert.Contains("\"locked\":true", after, StringComparison.Ordinal);
        Assert.Equal(2, programme.GetArrayLength());
        // The Director General is in R2 until 08:30 UTC; R1 keeps the 10-minute protocol buffer after it.
        Assert.True(norway.GetProperty("start").GetDateTimeOffset() >= new DateTimeOffset(2024, 11, 25, 8, 40, 0, TimeSpan.Zero),
            $"R1 starts at {norway.GetProperty("start")}, inside the locked meeting or its buffer.");
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
        var cancelled = await PlannerRunPolling.WaitUntilFinishedAsync(officer, started.Headers.Location!);
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
}
