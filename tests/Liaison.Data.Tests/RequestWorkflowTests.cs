using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Liaison.Data.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

public sealed class RequestWorkflowTests
{
    public static TheoryData<RequestStatus, RequestStatus> IllegalTransitions => new()
    {
        { RequestStatus.Submitted, RequestStatus.Scheduled },
        { RequestStatus.Accepted, RequestStatus.Declined },
        { RequestStatus.Declined, RequestStatus.Accepted },
        { RequestStatus.Withdrawn, RequestStatus.Submitted },
        { RequestStatus.Scheduled, RequestStatus.Declined },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void RefusesTransitionsTheLifecycleDoesNotAllow(RequestStatus from, RequestStatus to)
    {
        var request = new MeetingRequestEntity { ScenarioId = "R9", Status = from };

        var error = Assert.Throws<IllegalStatusTransitionException>(() => RequestWorkflow.Apply(request, to, "officer", "because", default));

        Assert.Equal((from, to), (error.From, error.To));
        Assert.Contains($"Request R9 is {from} and cannot become {to}", error.Message, StringComparison.Ordinal);
        Assert.Equal(from, request.Status);
        Assert.Empty(request.StatusHistory);
    }

    [Fact]
    public void DecliningNeedsAReason()
    {
        var request = new MeetingRequestEntity { ScenarioId = "R9" };

        var error = Assert.Throws<ArgumentException>(() => RequestWorkflow.Apply(request, RequestStatus.Declined, "officer", " ", default));

        Assert.Contains("needs a reason", error.Message, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SubmittingSavesTheRequestWithItsFirstHistoryEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, new SteppingClock());
        await using var db = database.CreateContext();
        var eventId = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "importer");
        var requester = await db.Delegations.Where(d => d.EventId == eventId).OrderBy(d => d.Position).FirstAsync();
        var request = new MeetingRequestEntity
        {
            Id = Guid.NewGuid(), EventId = eventId, ScenarioId = "R-new", Position = 99, RequesterId = requester.Id,
            InviteeIds = ["dg"], DurationMinutes = 30, Priority = 2, Status = RequestStatus.Accepted,
        };
        var workflow = new RequestWorkflow(db, database.Time);

        var saved = await workflow.SubmitAsync(request, "liaison-sn");
        var again = await Assert.ThrowsAsync<InvalidOperationException>(() => workflow.SubmitAsync(request, "liaison-sn"));

        await using var reader = database.CreateContext();
        var stored = await reader.MeetingRequests.SingleAsync(r => r.Id == request.Id);
        var history = await reader.RequestStatusChanges.Where(c => c.RequestId == request.Id).ToListAsync();
        Assert.Equal(RequestStatus.Submitted, saved.Status);
        Assert.Equal((RequestStatus.Submitted, "R-new", requester.Id), (stored.Status, stored.ScenarioId, stored.RequesterId));
        Assert.Equal(["-> Submitted by liaison-sn"], history.Select(c => $"{c.From} -> {c.To} by {c.ChangedBy}".TrimStart()));
        Assert.Contains("submitted once", again.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecordsEveryChangeWithWhoWhenAndWhy(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, new SteppingClock());
        await using var db = database.CreateContext();
        var eventId = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "importer");
        var id = await db.MeetingRequests.Where(r => r.EventId == eventId && r.ScenarioId == "R2").Select(r => r.Id).SingleAsync();
        var workflow = new RequestWorkflow(db, database.Time);

        await workflow.ChangeStatusAsync(id, RequestStatus.Accepted, "officer-a");
        await workflow.ChangeStatusAsync(id, RequestStatus.Scheduled, "officer-b");
        await workflow.ChangeStatusAsync(id, RequestStatus.Accepted, "officer-b", "Deputy called away");
        var saved = await workflow.ChangeStatusAsync(id, RequestStatus.Withdrawn, "liaison-sn", "Delegation leaves early");

        await using var reader = database.CreateContext();
        var history = await reader.RequestStatusChanges.Where(c => c.RequestId == id).ToListAsync();
        Assert.Equal(
            [
                "-> Submitted by importer ()",
                "Submitted -> Accepted by officer-a ()",
                "Accepted -> Scheduled by officer-b ()",
                "Scheduled -> Accepted by officer-b (Deputy called away)",
                "Accepted -> Withdrawn by liaison-sn (Delegation leaves early)",
            ],
            history.OrderBy(c => c.At).Select(c => $"{c.From} -> {c.To} by {c.ChangedBy} ({c.Reason})".TrimStart()));
        Assert.Equal(RequestStatus.Withdrawn, saved.Status);
        Assert.Equal(5, saved.Version);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SecondOfTwoConcurrentSavesGetsAConflictNamingWhatChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        Guid id;
        await using (var setup = database.CreateContext())
        {
            var eventId = await new ScenarioStore(setup, database.Time).ImportAsync(SampleScenario.Create(), "importer");
            id = await setup.MeetingRequests.Where(r => r.EventId == eventId && r.ScenarioId == "R1").Select(r => r.Id).SingleAsync();
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.MeetingRequests.SingleAsync(r => r.Id == id);
        var theirs = await second.MeetingRequests.SingleAsync(r => r.Id == id);
        mine.DurationMinutes = 45;
        theirs.DurationMinutes = 60;
        await first.SaveChangesAsync();

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());

        Assert.Equal(("MeetingRequestEntity", id.ToString(), 2), (conflict.EntityType, conflict.EntityId, conflict.CurrentVersion));
        Assert.Equal([new ConflictingValue(nameof(MeetingRequestEntity.DurationMinutes), 60, 45)], conflict.Changes);
        Assert.Equal(1, theirs.Version);
        await using var reader = database.CreateContext();
        Assert.Equal(45, (await reader.MeetingRequests.SingleAsync(r => r.Id == id)).DurationMinutes);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LeavingScheduledTakesTheMeetingOutOfTheProgramme(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var scheduled = await ScheduledEvent.CreateAsync(database);
        await using var db = database.CreateContext();

        await new RequestWorkflow(db, database.Time).ChangeStatusAsync(scheduled.Meetings["R2"].RequestId, RequestStatus.Withdrawn, "liaison-sn", "Delegation leaves early");

        Assert.Equal(["R1", "R3"], await db.Meetings.Where(m => m.EventId == scheduled.EventId).Select(m => m.Request!.ScenarioId).OrderBy(s => s).ToListAsync());
        Assert.False(await db.MeetingBookings.AnyAsync(b => b.MeetingId == scheduled.Meetings["R2"].Id));
    }
}
