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
    /// <summary>Local hours far enough apart that two meetings cannot block all three.</summary>
    private static readonly int[] AwayHours = [9, 13, 17];

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
        var runs = $"/api/events/{data.EventId}/planner-runs";
        // A first run shows where the planner puts R1; R2 is then locked in that very room and time,
        // so a run that ignored the lock would put R1 on top of it again. Any placement of the two is
        // optimal, so R1 first moves to whichever of 09:00, 13:00 and 17:00 is clear of both slots.
        await RunAsync(officer, runs);
        var first = await ByRequestAsync(officer, meetings);
        var r1Slot = first["R1"].GetProperty("start").GetDateTimeOffset();
        var r2Slot = first["R2"].GetProperty("start").GetDateTimeOffset();
        var away = AwayHours.Select(h => new DateTimeOffset(2024, 11, 25, h, 0, 0, TimeSpan.FromHours(1)))
            .First(t => Clear(t, r1Slot) && Clear(t, r2Slot));
        using var movedAway = await officer.PutAsJsonAsync($"{meetings}/{first["R1"].GetProperty("id")}/slot",
            new { roomId = first["R1"].GetProperty("roomId").GetGuid(), start = away, version = first["R1"].GetProperty("version").GetInt32() });
        var lockedId = first["R2"].GetProperty("id").GetGuid();
        using var moved = await officer.PutAsJsonAsync($"{meetings}/{lockedId}/slot",
            new { roomId = first["R1"].GetProperty("roomId").GetGuid(), start = r1Slot, version = first["R2"].GetProperty("version").GetInt32() });
        using var locked = await officer.PutAsJsonAsync($"{meetings}/{lockedId}/lock", new { locked = true, version = first["R2"].GetProperty("version").GetInt32() + 1 });
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { movedAway.StatusCode, moved.StatusCode, locked.StatusCode });
        var before = await officer.GetStringAsync($"{meetings}/{lockedId}");

        var finished = await RunAsync(officer, runs);
        var after = await officer.GetStringAsync($"{meetings}/{lockedId}");
        var second = await ByRequestAsync(officer, meetings);

        Assert.Equal("Completed", finished.GetProperty("status").GetString());
        Assert.Equal(before, after);
        Assert.Contains("\"locked\":true", after, StringComparison.Ordinal);
        Assert.Equal(["R1", "R2"], second.Keys.Order(StringComparer.Ordinal));
        // R1 shares the Director General with R2, so it keeps the 10-minute protocol buffer clear of it.
        var lockedStart = second["R2"].GetProperty("start").GetDateTimeOffset();
        var r1Start = second["R1"].GetProperty("start").GetDateTimeOffset();
        Assert.True(r1Start >= lockedStart.AddMinutes(40) || r1Start.AddMinutes(40) <= lockedStart,
            $"R1 starts at {r1Start:O}, inside locked R2 (from {lockedStart:O}) or its buffer.");
    }

    /// <summary>Whether a 30-minute meeting at <paramref name="start"/> keeps the 10-minute protocol buffer clear of one at <paramref name="other"/>.</summary>
    private static bool Clear(DateTimeOffset start, DateTimeOffset other) =>
        start >= other.AddMinutes(40) || start.AddMinutes(40) <= other;

    private static async Task<JsonElement> RunAsync(HttpClient officer, string runs)
    {
        using var started = await officer.PostAsJsonAsync(runs, new { timeLimitSeconds = 20 });
        return await PlannerRunPolling.WaitUntilFinishedAsync(officer, started.Headers.Location!);
    }

    private static async Task<Dictionary<string, JsonElement>> ByRequestAsync(HttpClient officer, string meetings) =>
        (await officer.GetFromJsonAsync<JsonElement>(meetings)).EnumerateArray().ToDictionary(m => m.GetProperty("requestId").GetString()!);

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

        Assert.Equal("Queued", queued.GetProperty("phase").GetString());
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
