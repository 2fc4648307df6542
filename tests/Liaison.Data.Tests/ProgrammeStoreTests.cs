using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Requests;
using Liaison.Data.Scenarios;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

public sealed class ProgrammeStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CompletedRunSavesItsProgrammeObjectiveAndSchedulesTheRequests(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        await using var db = database.CreateContext();

        var programme = await new ProgrammeStore(db, database.Time).LoadAsync(scheduled.EventId);
        var run = await db.PlannerRuns.SingleAsync(r => r.Id == scheduled.RunId);

        Assert.Equal(SampleScenario.Programme().Meetings.OrderBy(m => m.RequestId).Select(Describe), programme.Meetings.OrderBy(m => m.RequestId).Select(Describe));
        Assert.Equal((PlannerRunStatus.Completed, 90L, 100L, false, "officer"), (run.Status, run.ObjectiveValue, run.ObjectiveBound, run.Optimal, run.StartedBy));
        Assert.All(await db.MeetingRequests.Where(r => r.EventId == scheduled.EventId).ToListAsync(), r => Assert.Equal(RequestStatus.Scheduled, r.Status));
        Assert.Equal(
            ["interpreter:int-ar-en", "participant:del-no", "participant:dg", "room:atlas"],
            await db.MeetingBookings.Where(b => b.MeetingId == scheduled.Meetings["R1"].Id).Select(b => b.Resource).OrderBy(r => r).ToListAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ReplanningKeepsLockedMeetingsAndUnschedulesWhatItLeavesOut(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        await using var db = database.CreateContext();
        var store = new ProgrammeStore(db, database.Time);
        await store.SetLockedAsync(scheduled.Meetings["R1"].Id, scheduled.Meetings["R1"].Version, locked: true);
        var runId = await store.StartRunAsync(scheduled.EventId, "hash-2", "re-plan", "officer");
        var replanned = new Programme(
            [SampleScenario.Programme().Meetings[0] with { Locked = true }, SampleScenario.Programme().Meetings[1] with { Time = SampleScenario.Span(1, 15, 0, 45) }],
            [new UnplacedRequest("R3", UnplacedReason.CrowdedOut, "R3 gave way to higher priorities.")]);

        await store.CompleteRunAsync(runId, replanned, new ObjectiveReport(80, 80, true));

        var programme = await store.LoadAsync(scheduled.EventId);
        Assert.Equal(["R1 atlas 2024-11-25T09:00:00Z locked", "R2 menara 2024-11-25T14:00:00Z"], programme.Meetings.Select(m => $"{m.RequestId} {m.RoomId} {m.Time.Start}{(m.Locked ? " locked" : "")}"));
        Assert.Equal(scheduled.Meetings["R1"].Id, await db.Meetings.Where(m => m.Request!.ScenarioId == "R1" && m.EventId == scheduled.EventId).Select(m => m.Id).SingleAsync());
        Assert.Equal([("R3", UnplacedReason.CrowdedOut)], programme.Unplaced.Select(u => (u.RequestId, u.Reason)));
        Assert.Equal(RequestStatus.Accepted, (await db.MeetingRequests.SingleAsync(r => r.Id == scheduled.Meetings["R3"].RequestId)).Status);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task MovesAMeetingWithItsBookings(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        await using var db = database.CreateContext();
        var r2 = scheduled.Meetings["R2"];

        var moved = await new ProgrammeStore(db, database.Time).MoveAsync(r2.Id, r2.Version, scheduled.Rooms["agdal"], SampleScenario.Local(1, 16));

        Assert.Equal((SampleScenario.Local(1, 16), SampleScenario.Local(1, 16, 45), 2), (moved.Start, moved.End, moved.Version));
        await using var reader = database.CreateContext();
        var bookings = await reader.MeetingBookings.Where(b => b.MeetingId == r2.Id).OrderBy(b => b.Resource).ToListAsync();
        Assert.Equal(["participant:del-sn", "participant:deputy", "room:agdal"], bookings.Select(b => b.Resource));
        Assert.All(bookings, b => Assert.Equal((moved.Start, moved.End), (b.Start, b.End)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task MovingIntoAnOccupiedRoomNamesTheMeetingThere(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        await using var db = database.CreateContext();
        var r2 = scheduled.Meetings["R2"];

        var clash = await Assert.ThrowsAsync<DoubleBookingException>(() =>
            new ProgrammeStore(db, database.Time).MoveAsync(r2.Id, r2.Version, scheduled.Rooms["atlas"], SampleScenario.Local(1, 10, 15)));

        Assert.Equal(("room:atlas", scheduled.Meetings["R1"].Id, "R1"), (clash.Resource, clash.ClashingMeetingId, clash.ClashingRequestId));
        Assert.Equal(1, r2.Version);
        await using var reader = database.CreateContext();
        Assert.Equal(scheduled.Rooms["menara"], (await reader.Meetings.SingleAsync(m => m.Id == r2.Id)).RoomId);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task MovingADelegationIntoTwoMeetingsAtOnceIsRefusedInAnyRoom(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        var eventId = await new ScenarioStore(db, database.Time).ImportAsync(
            SampleScenario.Create(new MeetingRequest("R4", "del-no", ["deputy"], 30, 2, [], [], false, Publicity.Public, 4)), "tester");
        var workflow = new RequestWorkflow(db, database.Time);
        foreach (var id in await db.MeetingRequests.Where(r => r.EventId == eventId).Select(r => r.Id).ToListAsync())
        {
            await workflow.ChangeStatusAsync(id, RequestStatus.Accepted, "officer");
        }

        var store = new ProgrammeStore(db, database.Time);
        var runId = await store.StartRunAsync(eventId, "hash", "R1 and R4", "officer");
        await store.CompleteRunAsync(runId, new Programme(
            [
                new ScheduledMeeting("R1", SampleScenario.Span(1, 10, 0, 30), "atlas", ["del-no", "dg"], ["int-ar-en"]),
                new ScheduledMeeting("R4", SampleScenario.Span(1, 11, 0, 30), "menara", ["del-no", "deputy"], []),
            ],
            []), new ObjectiveReport(2, 2, true));
        var r4 = await db.Meetings.SingleAsync(m => m.Request!.ScenarioId == "R4" && m.EventId == eventId);

        var clash = await Assert.ThrowsAsync<DoubleBookingException>(() => store.MoveAsync(r4.Id, r4.Version, r4.RoomId, SampleScenario.Local(1, 10, 15)));

        Assert.Equal(("participant:del-no", "R1"), (clash.Resource, clash.ClashingRequestId));
        Assert.Contains("meeting R1 already holds it", clash.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task MoveBasedOnAStaleVersionGetsAConflictWithTheCurrentValues(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        var r3 = scheduled.Meetings["R3"];
        await using (var first = database.CreateContext())
        {
            await new ProgrammeStore(first, database.Time).MoveAsync(r3.Id, r3.Version, scheduled.Rooms["agdal"], SampleScenario.Local(1, 11));
        }

        await using var second = database.CreateContext();
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            new ProgrammeStore(second, database.Time).MoveAsync(r3.Id, r3.Version, scheduled.Rooms["agdal"], SampleScenario.Local(1, 12)));

        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Contains(new ConflictingValue(nameof(MeetingEntity.Start), SampleScenario.Local(1, 12), SampleScenario.Local(1, 11)), conflict.Changes);
        Assert.Contains("changed by someone else", conflict.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OfParallelMovesIntoOneRoomAndTimeExactlyOneSucceeds(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        var target = SampleScenario.Local(2, 15);

        async Task<string> MoveAsync(MeetingEntity meeting)
        {
            await using var db = database.CreateContext();
            try
            {
                await new ProgrammeStore(db, database.Time).MoveAsync(meeting.Id, meeting.Version, scheduled.Rooms["atlas"], target);
                return "moved";
            }
            catch (DoubleBookingException e)
            {
                return e.Resource;
            }
        }

        var outcomes = await Task.WhenAll(scheduled.Meetings.Values.Select(MoveAsync));

        Assert.Equal(["moved", "room:atlas", "room:atlas"], outcomes.Order(StringComparer.Ordinal));
        await using var reader = database.CreateContext();
        Assert.Single(await reader.MeetingBookings.Where(b => b.Resource == "room:atlas" && b.Start == target).ToListAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RefusesToMoveALockedMeeting(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        await using var db = database.CreateContext();
        var store = new ProgrammeStore(db, database.Time);
        var locked = await store.SetLockedAsync(scheduled.Meetings["R1"].Id, 1, locked: true);

        var error = await Assert.ThrowsAsync<MeetingLockedException>(() => store.MoveAsync(locked.Id, locked.Version, scheduled.Rooms["atlas"], SampleScenario.Local(2, 15)));

        Assert.Equal("Meeting R1 is locked and cannot be moved; unlock it first.", error.Message);
    }

    private static string Describe(ScheduledMeeting m) =>
        $"{m.RequestId} {m.Time} {m.RoomId} [{string.Join(",", m.ParticipantIds)}] [{string.Join(",", m.InterpreterIds)}] {m.Locked}";
}
