using System.Net.Http.Json;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Liaison.Web.Tests;

/// <summary>
/// Locked meetings in a planner run: their requests reach the planner with their lock, which it holds
/// (PlannerRunsApiTests checks that a run plans around one), or reports when it can no longer be held.
/// </summary>
public sealed class PlannerRunLocksTests
{
    [Fact]
    public async Task TheScenarioToPlanGivesALockedMeetingsRequestItsStartAndRoomAndLeavesTheOthersFree()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        await LockAsync(app, data.EthiopiaMeetingId);

        using var scope = app.Services.CreateScope();
        var scenario = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().LoadForPlanningAsync(data.EventId);

        Assert.Equal(new MeetingLock(TestEvent.DayStart + Duration.FromMinutes(60), "rif"), scenario.Requests.Single(r => r.Id == "R2").Lock);
        Assert.Null(scenario.Requests.Single(r => r.Id == "R1").Lock);
    }

    [Fact]
    public async Task ALockThatHasBecomeInfeasibleIsReportedOnThePlanPageAndItsMeetingLeavesTheProgramme()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        await LockAsync(app, data.EthiopiaMeetingId);
        // R2 expects 4 people; its locked room now seats 3, so the lock cannot be held.
        await WithDbAsync(app, db => db.Set<RoomEntity>().Where(r => r.Id == data.RifId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Capacity, 3)));
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        using var started = await officer.PostAsJsonAsync($"/api/events/{data.EventId}/planner-runs", new { timeLimitSeconds = 20 });
        var finished = await PlannerRunPolling.WaitUntilFinishedAsync(officer, started.Headers.Location!);
        var (_, page) = await session.GetAsync($"/events/{data.EventId}/plan");
        using var scope = app.Services.CreateScope();
        var programme = await scope.ServiceProvider.GetRequiredService<ProgrammeStore>().LoadAsync(data.EventId);

        Assert.Equal("Completed", finished.GetProperty("status").GetString());
        Assert.Equal(["R1"], programme.Meetings.Select(m => m.RequestId));
        var left = Assert.Single(programme.Unplaced);
        Assert.Equal(("R2", UnplacedReason.LockInfeasible), (left.RequestId, left.Reason));
        Assert.Contains("<td><bdi>R2</bdi></td><td><bdi>Éthiopie</bdi></td><td>Elle est verrouillée à une heure et dans une salle où elle ne peut pas se tenir.</td>", page, StringComparison.Ordinal);
    }

    private static Task LockAsync(LiaisonApp app, Guid meetingId) =>
        WithDbAsync(app, db => db.Set<MeetingEntity>().Where(m => m.Id == meetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Locked, true)));

    private static async Task WithDbAsync(LiaisonApp app, Func<LiaisonDbContext, Task<int>> change)
    {
        using var scope = app.Services.CreateScope();
        Assert.Equal(1, await change(scope.ServiceProvider.GetRequiredService<LiaisonDbContext>()));
    }
}
