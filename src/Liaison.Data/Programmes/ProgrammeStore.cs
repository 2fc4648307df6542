using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Liaison.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data.Programmes;

/// <summary>
/// Keeps an event's programme: records planner runs and saves their programmes (replacing the
/// unlocked meetings, keeping locked ones), moves and locks single meetings. Every write is
/// checked by the database against double booking (<see cref="DoubleBookingException"/>) and,
/// for single meetings, against stale copies (<see cref="ConcurrencyConflictException"/>).
/// </summary>
/// <remarks>One instance per unit of work (scoped), like the context it uses; not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="time">The clock for run times and status history.</param>
public sealed class ProgrammeStore(LiaisonDbContext db, TimeProvider time)
{
    /// <summary>Records the start of a planner run (status Running).</summary>
    /// <param name="eventId">The event planned.</param>
    /// <param name="inputsHash">Hash of the scenario and options given to the planner.</param>
    /// <param name="inputsSummary">Human summary of the inputs.</param>
    /// <param name="who">User name of whoever started it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The run's id.</returns>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public async Task<Guid> StartRunAsync(Guid eventId, string inputsHash, string inputsSummary, string who, CancellationToken cancellationToken = default)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            throw new KeyNotFoundException($"There is no event with id {eventId}.");
        }

        var run = new PlannerRunEntity
        {
            Id = Guid.NewGuid(), EventId = eventId, Status = PlannerRunStatus.Running, InputsHash = inputsHash,
            InputsSummary = inputsSummary, StartedBy = who, StartedAt = Now(),
        };
        db.PlannerRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>
    /// Completes a run and saves its programme in one transaction: unlocked meetings are replaced by
    /// the programme's, locked meetings the programme holds stay as they are, and a locked meeting it
    /// leaves out (a lock that became infeasible, reported among its unplaced requests) is removed;
    /// placed Accepted requests become Scheduled,
    /// Scheduled requests left out become Accepted; the run keeps objective, bound, optimality and
    /// the result as JSON. On any failure nothing is written.
    /// </summary>
    /// <param name="runId">A Running run.</param>
    /// <param name="programme">The planner's programme (scenario ids as in <see cref="Scenarios.ScenarioStore.LoadForPlanningAsync"/>).</param>
    /// <param name="objective">The planner's objective report.</param>
    /// <param name="cancellationToken">Cancels the save (then nothing is written).</param>
    /// <exception cref="KeyNotFoundException">No such run.</exception>
    /// <exception cref="InvalidOperationException">The run is not Running, or the programme names unknown or not accepted requests or unknown rooms.</exception>
    /// <exception cref="DoubleBookingException">The programme books a resource twice.</exception>
    public async Task CompleteRunAsync(Guid runId, Programme programme, ObjectiveReport objective, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(objective);
        var run = await RunningAsync(runId, cancellationToken);
        var requests = await db.MeetingRequests.Include(r => r.Requester).Where(r => r.EventId == run.EventId)
            .ToDictionaryAsync(r => r.ScenarioId, StringComparer.Ordinal, cancellationToken);
        var rooms = await db.Rooms.Where(r => r.EventId == run.EventId).ToDictionaryAsync(r => r.ScenarioId, StringComparer.Ordinal, cancellationToken);
        var existing = await db.Meetings.Include(m => m.Bookings).Where(m => m.EventId == run.EventId).ToListAsync(cancellationToken);
        var held = programme.Meetings.Select(m => Known(requests, m.RequestId).Id).ToHashSet();
        var kept = existing.Where(m => m.Locked && held.Contains(m.RequestId)).Select(m => m.RequestId).ToHashSet();
        var added = programme.Meetings.Where(m => !kept.Contains(requests[m.RequestId].Id)).ToList();
        foreach (var meeting in added.Where(m => !rooms.ContainsKey(m.RoomId) || requests[m.RequestId].Status is not (RequestStatus.Accepted or RequestStatus.Scheduled)))
        {
            throw new InvalidOperationException(rooms.ContainsKey(meeting.RoomId)
                ? $"Request {meeting.RequestId} is {requests[meeting.RequestId].Status}; only accepted requests can be placed."
                : $"The programme places meeting {meeting.RequestId} in room {meeting.RoomId}, unknown in this event.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Meetings.RemoveRange(existing.Where(m => !kept.Contains(m.RequestId)));
            await db.SaveChangesAsync(cancellationToken);
            var who = $"planner run {run.Id} ({run.StartedBy})";
            foreach (var meeting in added)
            {
                db.Meetings.Add(NewMeeting(run, meeting, requests[meeting.RequestId], rooms[meeting.RoomId]));
            }

            var placed = added.Select(m => requests[m.RequestId].Id).Concat(kept).ToHashSet();
            foreach (var request in requests.Values)
            {
                if (placed.Contains(request.Id) && request.Status == RequestStatus.Accepted)
                {
                    RequestWorkflow.Apply(request, RequestStatus.Scheduled, who, null, Now());
                }
                else if (!placed.Contains(request.Id) && request.Status == RequestStatus.Scheduled)
                {
                    RequestWorkflow.Apply(request, RequestStatus.Accepted, who, "left out of the programme by the planner", Now());
                }
            }

            Finish(run, PlannerRunStatus.Completed, null);
            run.ObjectiveValue = objective.Value;
            run.ObjectiveBound = objective.Bound;
            run.Optimal = objective.IsOptimal;
            run.ResultJson = PlannerRunResult.ToJson(programme);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Ends a run without a programme: cancelled by a user, or failed.</summary>
    /// <param name="runId">A Running run.</param>
    /// <param name="outcome"><see cref="PlannerRunStatus.Cancelled"/> or <see cref="PlannerRunStatus.Failed"/>.</param>
    /// <param name="failure">Why it failed, if it did.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">When <paramref name="outcome"/> is neither Cancelled nor Failed.</exception>
    /// <exception cref="KeyNotFoundException">No such run.</exception>
    /// <exception cref="InvalidOperationException">The run is not Running.</exception>
    public async Task EndRunAsync(Guid runId, PlannerRunStatus outcome, string? failure, CancellationToken cancellationToken = default)
    {
        if (outcome is not (PlannerRunStatus.Cancelled or PlannerRunStatus.Failed))
        {
            throw new ArgumentException("A run ends without a programme only as Cancelled or Failed; use CompleteRunAsync otherwise.", nameof(outcome));
        }

        Finish(await RunningAsync(runId, cancellationToken), outcome, failure);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves a meeting to another room and/or start; its length stays the request's duration.</summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="expectedVersion">The <see cref="IVersioned.Version"/> the caller saw.</param>
    /// <param name="roomId">The room's key (same event).</param>
    /// <param name="start">The new UTC start.</param>
    /// <param name="cancellationToken">Cancels the move.</param>
    /// <returns>The saved meeting.</returns>
    /// <exception cref="KeyNotFoundException">No such meeting, or no such room in its event.</exception>
    /// <exception cref="MeetingLockedException">The meeting is locked.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed the meeting since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="DoubleBookingException">The room, a participant or an interpreter is taken then.</exception>
    public async Task<MeetingEntity> MoveAsync(Guid meetingId, int expectedVersion, Guid roomId, Instant start, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingAsync(meetingId, expectedVersion, cancellationToken);
        if (meeting.Locked)
        {
            throw new MeetingLockedException(meeting.Id, meeting.Request!.ScenarioId);
        }

        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Id == roomId && r.EventId == meeting.EventId, cancellationToken)
                   ?? throw new KeyNotFoundException($"There is no room with id {roomId} in the meeting's event.");
        meeting.RoomId = room.Id;
        meeting.Start = start;
        meeting.End = start + Duration.FromMinutes(meeting.Request!.DurationMinutes);
        Bookings.Move(meeting, room.ScenarioId);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>Locks a meeting (re-planning leaves it where it is) or unlocks it.</summary>
    /// <param name="meetingId">The meeting.</param>
    /// <param name="expectedVersion">The <see cref="IVersioned.Version"/> the caller saw.</param>
    /// <param name="locked">The new state.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The saved meeting.</returns>
    /// <exception cref="KeyNotFoundException">No such meeting.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed the meeting since <paramref name="expectedVersion"/>.</exception>
    public async Task<MeetingEntity> SetLockedAsync(Guid meetingId, int expectedVersion, bool locked, CancellationToken cancellationToken = default)
    {
        var meeting = await MeetingAsync(meetingId, expectedVersion, cancellationToken);
        meeting.Locked = locked;
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>
    /// The event's programme as the domain sees it: meetings in start order with scenario ids, and
    /// the accepted requests without a meeting that the latest completed run left out, with its reasons.
    /// </summary>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Programme> LoadAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.EventId == eventId)
            .Include(m => m.Request!).ThenInclude(r => r.Requester).Include(m => m.Room)
            .OrderBy(m => m.Start).ToListAsync(cancellationToken);
        var lastRun = await db.PlannerRuns.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == PlannerRunStatus.Completed)
            .OrderByDescending(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
        var placed = meetings.Select(m => m.Request!.ScenarioId).ToHashSet(StringComparer.Ordinal);
        return new Programme(
            meetings.Select(m => new ScheduledMeeting(m.Request!.ScenarioId, new Interval(m.Start, m.End), m.Room!.ScenarioId,
                [m.Request.Requester!.ScenarioId, .. m.Request.InviteeIds], m.InterpreterIds, m.Locked)).ToList(),
            PlannerRunResult.Unplaced(lastRun?.ResultJson).Where(u => !placed.Contains(u.RequestId)).ToList());
    }

    private static MeetingEntity NewMeeting(PlannerRunEntity run, ScheduledMeeting placed, MeetingRequestEntity request, RoomEntity room)
    {
        var meeting = new MeetingEntity
        {
            Id = Guid.NewGuid(), EventId = run.EventId, RequestId = request.Id, RoomId = room.Id, Start = placed.Time.Start,
            End = placed.Time.End, InterpreterIds = [.. placed.InterpreterIds], Locked = placed.Locked, PlannerRunId = run.Id,
        };
        meeting.Bookings = Bookings.For(meeting, room.ScenarioId, request.Requester!.ScenarioId, request.InviteeIds);
        return meeting;
    }

    private static MeetingRequestEntity Known(Dictionary<string, MeetingRequestEntity> requests, string scenarioId) =>
        requests.TryGetValue(scenarioId, out var request)
            ? request
            : throw new InvalidOperationException($"The programme places request {scenarioId}, unknown in this event.");

    private async Task<PlannerRunEntity> RunningAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.PlannerRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
                  ?? throw new KeyNotFoundException($"There is no planner run with id {runId}.");
        return run.Status == PlannerRunStatus.Running
            ? run
            : throw new InvalidOperationException($"Planner run {runId} is already {run.Status}.");
    }

    private async Task<MeetingEntity> MeetingAsync(Guid meetingId, int expectedVersion, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Bookings).Include(m => m.Request)
                          .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
                      ?? throw new KeyNotFoundException($"There is no meeting with id {meetingId}.");
        db.Entry(meeting).Property(m => m.Version).OriginalValue = expectedVersion;
        return meeting;
    }

    private void Finish(PlannerRunEntity run, PlannerRunStatus status, string? failure)
    {
        run.Status = status;
        run.Failure = failure;
        run.FinishedAt = Now();
    }

    private Instant Now() => Instant.FromDateTimeOffset(time.GetUtcNow());
}
