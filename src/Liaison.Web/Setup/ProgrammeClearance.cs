using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Setup;

/// <summary>
/// The scheduled meetings a set-up change takes time away from (a shortened or removed working day,
/// a new or moved blocked time), and their unscheduling once the caller has confirmed it: each
/// meeting leaves the programme and its request goes back to Accepted with a history entry, so the
/// next planner run places it again. The audit interceptor records every row touched.
/// </summary>
/// <remarks>Scoped with its <see cref="LiaisonDbContext"/>; not thread-safe. The caller saves, in the same unit of work as its own change.</remarks>
/// <param name="db">The context; the meetings found are tracked.</param>
/// <param name="time">The clock for the request history (UTC).</param>
public sealed class ProgrammeClearance(LiaisonDbContext db, TimeProvider time)
{
    /// <summary>The reason written in each unscheduled request's status history.</summary>
    public const string Reason = "unscheduled by a change of the event's days or blocked times";

    /// <summary>The event's meetings that overlap <paramref name="span"/> and that <paramref name="affected"/> selects, by start.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="span">The UTC time looked at; a meeting overlaps it when it starts before its end and ends after its start.</param>
    /// <param name="affected">Which of those the change concerns, given the meeting as described to the user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The meetings (tracked, with their bookings and requests) and their descriptions, in the same order.</returns>
    public async Task<MeetingsFound> FindAsync(Guid eventId, Interval span, Func<AffectedMeeting, bool> affected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(affected);
        var (start, end) = (span.Start, span.End);
        var meetings = await db.Meetings.Include(m => m.Bookings).Include(m => m.Request).ThenInclude(r => r!.Requester)
            .Where(m => m.EventId == eventId && m.Start < end && m.End > start).ToListAsync(cancellationToken);
        var found = meetings.Select(m => (Row: m, Seen: Describe(m))).Where(m => affected(m.Seen)).OrderBy(m => m.Seen.Start).ToList();
        return new MeetingsFound(found.Select(m => m.Row).ToList(), found.Select(m => m.Seen).ToList());
    }

    /// <summary>Takes the meetings out of the programme and sets their requests back to Accepted, in memory; the caller saves.</summary>
    /// <param name="meetings">Meetings found by <see cref="FindAsync"/>.</param>
    /// <param name="who">The user name written in the request history.</param>
    /// <exception cref="IllegalStatusTransitionException">A request was not Scheduled (the programme and the requests disagree).</exception>
    public void Unschedule(MeetingsFound meetings, string who)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        foreach (var meeting in meetings.Rows)
        {
            RequestWorkflow.Apply(meeting.Request!, RequestStatus.Accepted, who, Reason, now);
            db.Meetings.Remove(meeting);
        }
    }

    private static AffectedMeeting Describe(MeetingEntity meeting)
    {
        var request = meeting.Request!;
        var participants = new[] { request.Requester!.ScenarioId }.Concat(request.InviteeIds).ToList();
        return new AffectedMeeting(meeting.Id, request.ScenarioId, meeting.Start, meeting.End, participants, meeting.Locked);
    }
}
