using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Events;
using Liaison.Web.Setup;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.BlockedTimes;

/// <summary>
/// Adds, changes and removes an event's blocked times with the rules that need the event: a unique,
/// fixed scenario id, the end after the start, the whole block inside the event (00:00 of its first
/// day to 24:00 of its last, local; docs/scenario.md), participants that are the event's principals
/// or delegations, and the scheduled meetings of the blocked participants in that time unscheduled
/// only when the caller confirms it (<see cref="ProgrammeClearance"/>). The API and the set-up page
/// both go through it; the caller checks that the user may see the event.
/// </summary>
/// <remarks>Scoped with its <see cref="LiaisonDbContext"/>; not thread-safe. A changed version throws <see cref="ConcurrencyConflictException"/>.</remarks>
/// <param name="db">The context.</param>
/// <param name="clearance">Finds and unschedules the meetings in the way.</param>
public sealed class BlockedTimeChanges(LiaisonDbContext db, ProgrammeClearance clearance)
{
    /// <summary>Adds a blocked time at the end of the event's list.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="input">The blocked time (its attributes already validated).</param>
    /// <param name="who">User name for the history of any unscheduled request.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<BlockedTimeEntity>> CreateAsync(Guid eventId, BlockedTimeInput input, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Set<BlockedTimeEntity>().AnyAsync(b => b.EventId == eventId && b.ScenarioId == input.ScenarioId, cancellationToken))
        {
            return new(null, SetupProblem.DuplicateId("A blocked time", input.ScenarioId));
        }

        var position = await db.Set<BlockedTimeEntity>().Where(b => b.EventId == eventId).MaxAsync(b => (int?)b.Position, cancellationToken) ?? -1;
        var block = new BlockedTimeEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = input.ScenarioId, Position = position + 1 };
        return await SaveAsync(eventId, block, input, who, cancellationToken);
    }

    /// <summary>Changes a blocked time if its version is still <see cref="BlockedTimeInput.Version"/>.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="blockId">The blocked time.</param>
    /// <param name="input">The new values; the scenario id must be the stored one.</param>
    /// <param name="who">User name for the history of any unscheduled request.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<BlockedTimeEntity>> UpdateAsync(Guid eventId, Guid blockId, BlockedTimeInput input, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var block = await db.Set<BlockedTimeEntity>().SingleOrDefaultAsync(b => b.EventId == eventId && b.Id == blockId, cancellationToken);
        if (block is null)
        {
            return new(null, SetupProblem.NotFound);
        }

        if (!string.Equals(block.ScenarioId, input.ScenarioId, StringComparison.Ordinal))
        {
            return new(null, SetupProblem.IdFixed("a blocked time", "scenario files"));
        }

        db.ExpectVersion(block, input.Version);
        return await SaveAsync(eventId, block, input, who, cancellationToken);
    }

    /// <summary>Removes a blocked time (freeing time takes no meeting out of the programme); the outcome's row is the one removed.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="blockId">The blocked time.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SetupOutcome<BlockedTimeEntity>> RemoveAsync(Guid eventId, Guid blockId, CancellationToken cancellationToken)
    {
        var block = await db.Set<BlockedTimeEntity>().SingleOrDefaultAsync(b => b.EventId == eventId && b.Id == blockId, cancellationToken);
        if (block is null)
        {
            return new(null, SetupProblem.NotFound);
        }

        db.Remove(block);
        await db.SaveChangesAsync(cancellationToken);
        return new(block, null);
    }

    private async Task<SetupOutcome<BlockedTimeEntity>> SaveAsync(Guid eventId, BlockedTimeEntity block, BlockedTimeInput input, string who, CancellationToken cancellationToken)
    {
        var found = await db.Set<EventEntity>().Include(e => e.Days).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (found is null)
        {
            return new(null, SetupProblem.NotFound);
        }

        var (start, end) = (EventTimes.ToInstant(input.Start!.Value), EventTimes.ToInstant(input.End!.Value));
        var participants = (input.ParticipantIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        var problem = Check(start, end, found.Zone(), found.Days.Select(d => d.Date))
                      ?? await CheckParticipantsAsync(eventId, participants, cancellationToken);
        if (problem is not null)
        {
            return new(null, problem);
        }

        var time = new Interval(start, end);
        var meetings = await clearance.FindAsync(eventId, time,
            m => participants.Count == 0 || m.ParticipantIds.Intersect(participants, StringComparer.Ordinal).Any(), cancellationToken);
        if (!meetings.None && !input.UnscheduleMeetings)
        {
            return new(null, SetupProblem.MeetingsInTheWay(meetings.Described));
        }

        clearance.Unschedule(meetings, who);
        (block.Label, block.Kind, block.Start, block.End, block.ParticipantIds) = (input.Label, input.Kind!.Value, time.Start, time.End, participants);
        if (db.Entry(block).State == EntityState.Detached)
        {
            db.Add(block);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new(block, null);
    }

    private static SetupProblem? Check(Instant start, Instant end, DateTimeZone zone, IEnumerable<LocalDate> dates)
    {
        if (end <= start)
        {
            return new(nameof(BlockedTimeInput.End), SetupRule.EndNotAfterStart, "The blocked time must end after it starts.");
        }

        var span = EventSpan.Of(zone, dates);
        var field = start < span.Start || start >= span.End ? nameof(BlockedTimeInput.Start)
            : end > span.End ? nameof(BlockedTimeInput.End) : null;
        return field is null ? null : new(field, SetupRule.OutsideEvent,
            $"A blocked time must lie within the event's days, from {EventTimes.Local(span.Start, zone)} to {EventTimes.Local(span.End, zone)} ({zone.Id}); add a working day first.");
    }

    private async Task<SetupProblem?> CheckParticipantsAsync(Guid eventId, IReadOnlyList<string> participants, CancellationToken cancellationToken)
    {
        var known = await db.Set<ParticipantEntity>().Where(p => p.EventId == eventId && participants.Contains(p.ScenarioId))
            .Select(p => p.ScenarioId).ToListAsync(cancellationToken);
        var unknown = participants.Except(known, StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null : new(nameof(BlockedTimeInput.ParticipantIds), SetupRule.UnknownParticipant,
            $"The event has no principal or delegation with id {string.Join(", ", unknown.Select(id => $"'{id}'"))}; leave the list empty to block everyone.");
    }
}
