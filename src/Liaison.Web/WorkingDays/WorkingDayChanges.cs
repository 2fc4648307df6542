using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Common;
using Liaison.Web.Events;
using Liaison.Web.Setup;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.WorkingDays;

/// <summary>
/// Adds, changes and removes an event's working days with the rules that need the event: the end
/// after the start on the same date (so no day reaches 24 hours), hours that exist exactly once in
/// the event's zone (Morocco's Ramadan clock changes), each date once, at least one day left,
/// blocked times still inside the event, and scheduled meetings outside the new hours unscheduled
/// only when the caller confirms it (<see cref="ProgrammeClearance"/>). The API and the set-up page
/// both go through it; the caller checks that the user may see the event.
/// </summary>
/// <remarks>Scoped with its <see cref="LiaisonDbContext"/>; not thread-safe. A changed version throws <see cref="ConcurrencyConflictException"/>.</remarks>
/// <param name="db">The context.</param>
/// <param name="clearance">Finds and unschedules the meetings in the way.</param>
public sealed class WorkingDayChanges(LiaisonDbContext db, ProgrammeClearance clearance)
{
    /// <summary>Adds a working day.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="change">The day.</param>
    /// <param name="who">User name for the history of any unscheduled request.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public Task<SetupOutcome<EventDayEntity>> CreateAsync(Guid eventId, WorkingDayChange change, string who, CancellationToken cancellationToken) =>
        SaveAsync(eventId, null, change, change.UnscheduleMeetings, who, cancellationToken);

    /// <summary>Changes a working day if its version is still <see cref="WorkingDayChange.Version"/>.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="dayId">The day.</param>
    /// <param name="change">The new date and hours.</param>
    /// <param name="who">User name for the history of any unscheduled request.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public Task<SetupOutcome<EventDayEntity>> UpdateAsync(Guid eventId, Guid dayId, WorkingDayChange change, string who, CancellationToken cancellationToken) =>
        SaveAsync(eventId, dayId, change, change.UnscheduleMeetings, who, cancellationToken);

    /// <summary>Removes a working day; the outcome's row is the day removed.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="dayId">The day.</param>
    /// <param name="unscheduleMeetings">Confirms unscheduling the day's meetings.</param>
    /// <param name="who">User name for the history of any unscheduled request.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public Task<SetupOutcome<EventDayEntity>> RemoveAsync(Guid eventId, Guid dayId, bool unscheduleMeetings, string who, CancellationToken cancellationToken) =>
        SaveAsync(eventId, dayId, null, unscheduleMeetings, who, cancellationToken);

    private async Task<SetupOutcome<EventDayEntity>> SaveAsync(
        Guid eventId, Guid? dayId, WorkingDayChange? change, bool unscheduleMeetings, string who, CancellationToken cancellationToken)
    {
        var found = await db.Set<EventEntity>().Include(e => e.Days).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        var day = dayId is { } id ? found?.Days.SingleOrDefault(d => d.Id == id) : null;
        if (found is null || (dayId is not null && day is null))
        {
            return new(null, SetupProblem.NotFound);
        }

        var zone = found.Zone();
        var others = found.Days.Where(d => d != day).ToList();
        var problem = (change is null ? CheckRemoval(others) : Check(change, zone, others))
                      ?? await CheckBlockedTimesAsync(eventId, zone, others.Select(d => d.Date).Concat(change is null ? [] : [change.Date]), cancellationToken);
        if (problem is not null)
        {
            return new(null, problem);
        }

        if (day is not null)
        {
            var kept = change is null ? (Interval?)null : Hours(zone, change.Date, change.Start, change.End);
            var meetings = await clearance.FindAsync(eventId, Hours(zone, day.Date, day.Start, day.End),
                m => kept is not { } hours || !EventSpan.Contains(hours, new Interval(m.Start, m.End)), cancellationToken);
            if (!meetings.None && !unscheduleMeetings)
            {
                return new(null, SetupProblem.MeetingsInTheWay(meetings.Described));
            }

            clearance.Unschedule(meetings, who);
        }

        return new(await ApplyAsync(found, day, change, cancellationToken), null);
    }

    private async Task<EventDayEntity> ApplyAsync(EventEntity found, EventDayEntity? day, WorkingDayChange? change, CancellationToken cancellationToken)
    {
        if (change is null)
        {
            db.Remove(day!);
            await db.SaveChangesAsync(cancellationToken);
            return day!;
        }

        if (day is null)
        {
            day = new EventDayEntity { Id = Guid.NewGuid(), EventId = found.Id };
            db.Add(day);
        }
        else
        {
            db.ExpectVersion(day, change.Version);
        }

        (day.Date, day.Start, day.End) = (change.Date, change.Start, change.End);
        await db.SaveChangesAsync(cancellationToken);
        return day;
    }

    private static SetupProblem? CheckRemoval(List<EventDayEntity> others) =>
        others.Count == 0 ? new(string.Empty, SetupRule.LastDay, "This is the event's only working day; an event needs at least one. Add another day first.") : null;

    private static SetupProblem? Check(WorkingDayChange change, DateTimeZone zone, List<EventDayEntity> others)
    {
        if (change.End <= change.Start)
        {
            return new(nameof(change.End), SetupRule.EndNotAfterStart,
                $"The working hours must end after they start ({change.Start:HH:mm}) on the same date; a day cannot run past midnight.");
        }

        foreach (var (field, time) in new[] { (nameof(change.Start), change.Start), (nameof(change.End), change.End) })
        {
            if (!EventTime.TryToInstant(zone, change.Date + time, out _, out var why))
            {
                return new(field, SetupRule.LocalTimeNotUnique, $"{why}; choose a time outside the clock change.");
            }
        }

        return others.Any(d => d.Date == change.Date)
            ? new(nameof(change.Date), SetupRule.DuplicateDate, $"The event already has a working day on {change.Date:uuuu-MM-dd}; change that day instead.")
            : null;
    }

    private async Task<SetupProblem?> CheckBlockedTimesAsync(Guid eventId, DateTimeZone zone, IEnumerable<LocalDate> dates, CancellationToken cancellationToken)
    {
        var all = dates.ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var span = EventSpan.Of(zone, all);
        var blocks = await db.Set<BlockedTimeEntity>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(cancellationToken);
        var outside = blocks.Where(b => !EventSpan.Contains(span, new Interval(b.Start, b.End))).Select(b => b.ScenarioId).Order(StringComparer.Ordinal).ToList();
        return outside.Count == 0 ? null : new(nameof(WorkingDayChange.Date), SetupRule.BlockedTimesOutside,
            $"Blocked times would fall outside the event's days: {string.Join(", ", outside)}. Move or remove them first.");
    }

    private static Interval Hours(DateTimeZone zone, LocalDate date, LocalTime start, LocalTime end) =>
        new((date + start).InZoneLeniently(zone).ToInstant(), (date + end).InZoneLeniently(zone).ToInstant());
}
