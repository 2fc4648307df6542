using Liaison.Data.Entities;
using Liaison.Domain;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data.Scenarios;

/// <summary>
/// Moves whole scenarios in and out of the database: import a domain <see cref="Scenario"/> as a
/// new event (all or nothing), export an event back to a <see cref="Scenario"/> that equals the
/// imported one field by field and in every list's order, and load the scenario the planner needs.
/// </summary>
/// <remarks>One instance per unit of work (scoped), like the context it uses; not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="time">The clock for the event's creation time and the requests' submission.</param>
public sealed class ScenarioStore(LiaisonDbContext db, TimeProvider time)
{
    /// <summary>
    /// Imports <paramref name="scenario"/> as a new event in one transaction: every row is written,
    /// or, on any failure, none is and the context is left empty of the attempt. Requests start
    /// Submitted, with that first history entry by <paramref name="who"/>.
    /// </summary>
    /// <param name="scenario">A valid scenario (the domain checked it when it was built).</param>
    /// <param name="who">User name of whoever imports (or "cli").</param>
    /// <param name="cancellationToken">Cancels the import (then nothing is written).</param>
    /// <returns>The new event's id.</returns>
    public async Task<Guid> ImportAsync(Scenario scenario, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        var entity = ScenarioToEntities.Map(scenario, who, Instant.FromDateTimeOffset(time.GetUtcNow()));
        return await NewEvent.SaveAsync(db, entity, cancellationToken);
    }

    /// <summary>The event's full scenario: every request whatever its status.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public Task<Scenario> ExportAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        LoadAsync(eventId, _ => true, null, cancellationToken);

    /// <summary>
    /// The scenario to plan: the event with only its Accepted and Scheduled requests, the request of each
    /// locked meeting carrying its <see cref="MeetingLock"/> (the meeting's start and room), which the planner
    /// holds or reports as <c>LockInfeasible</c>.
    /// </summary>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public async Task<Scenario> LoadForPlanningAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var locks = await db.Meetings.AsNoTracking().Where(m => m.EventId == eventId && m.Locked)
            .Select(m => new { m.RequestId, m.Start, Room = m.Room!.ScenarioId })
            .ToDictionaryAsync(m => m.RequestId, m => new MeetingLock(m.Start, m.Room), cancellationToken);
        return await LoadAsync(eventId, r => r.Status is RequestStatus.Accepted or RequestStatus.Scheduled, locks, cancellationToken);
    }

    private async Task<Scenario> LoadAsync(
        Guid eventId, Func<MeetingRequestEntity, bool> include, IReadOnlyDictionary<Guid, MeetingLock>? locks, CancellationToken cancellationToken)
    {
        var entity = await db.Events.AsNoTracking().AsSplitQuery()
                         .Include(e => e.Days).Include(e => e.Parties).Include(e => e.Agencies).Include(e => e.Participants)
                         .Include(e => e.Rooms).Include(e => e.Interpreters).Include(e => e.BlockedTimes).Include(e => e.Requests)
                         .SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken)
                     ?? throw new KeyNotFoundException($"There is no event with id {eventId}.");
        return EntitiesToScenario.Map(entity, entity.Requests.Where(include), locks);
    }
}
