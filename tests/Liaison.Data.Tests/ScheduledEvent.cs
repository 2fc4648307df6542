using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Requests;
using Liaison.Data.Scenarios;
using Liaison.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

/// <summary>The sample event imported, every request accepted, and <see cref="SampleScenario.Programme"/> saved by a completed planner run.</summary>
internal sealed record ScheduledEvent(Guid EventId, Guid RunId, IReadOnlyDictionary<string, MeetingEntity> Meetings, IReadOnlyDictionary<string, Guid> Rooms)
{
    public static async Task<ScheduledEvent> CreateAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var eventId = await new ScenarioStore(db, database.Time).ImportAsync(SampleScenario.Create(), "tester");
        var workflow = new RequestWorkflow(db, database.Time);
        foreach (var id in await db.MeetingRequests.Where(r => r.EventId == eventId).Select(r => r.Id).ToListAsync())
        {
            await workflow.ChangeStatusAsync(id, RequestStatus.Accepted, "officer");
        }

        var store = new ProgrammeStore(db, database.Time);
        var runId = await store.StartRunAsync(eventId, "hash", "3 requests", "officer");
        await store.CompleteRunAsync(runId, SampleScenario.Programme(), new ObjectiveReport(90, 100, false));
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Request).Where(m => m.EventId == eventId).ToDictionaryAsync(m => m.Request!.ScenarioId);
        var rooms = await db.Rooms.Where(r => r.EventId == eventId).ToDictionaryAsync(r => r.ScenarioId, r => r.Id);
        return new ScheduledEvent(eventId, runId, meetings, rooms);
    }
}
