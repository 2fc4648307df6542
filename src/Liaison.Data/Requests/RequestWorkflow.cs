using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data.Requests;

/// <summary>
/// The lifecycle of a meeting request, with its history: Submitted to Accepted, Declined (reason
/// required) or Withdrawn; Accepted to Scheduled or Withdrawn; Scheduled to Accepted (taken out of
/// the programme) or Withdrawn. Declined and Withdrawn are final. Every change adds a
/// <see cref="RequestStatusChange"/> with who and when (UTC). Leaving Scheduled removes the
/// request's meeting from the programme.
/// </summary>
/// <remarks>One instance per unit of work (scoped), like the context it uses; not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="time">The clock for <see cref="RequestStatusChange.At"/>.</param>
public sealed class RequestWorkflow(LiaisonDbContext db, TimeProvider time)
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Allowed = new()
    {
        [RequestStatus.Submitted] = [RequestStatus.Accepted, RequestStatus.Declined, RequestStatus.Withdrawn],
        [RequestStatus.Accepted] = [RequestStatus.Scheduled, RequestStatus.Withdrawn],
        [RequestStatus.Scheduled] = [RequestStatus.Accepted, RequestStatus.Withdrawn],
        [RequestStatus.Declined] = [],
        [RequestStatus.Withdrawn] = [],
    };

    /// <summary>The statuses a request in <paramref name="from"/> may move to; empty for final statuses.</summary>
    /// <param name="from">A status.</param>
    public static IReadOnlyList<RequestStatus> NextStatuses(RequestStatus from) => Allowed[from];

    /// <summary>
    /// Changes <paramref name="request"/>'s status in memory and appends the history entry; the caller saves.
    /// </summary>
    /// <param name="request">A tracked request.</param>
    /// <param name="to">The new status.</param>
    /// <param name="who">User name (or "cli", or "planner run {id}").</param>
    /// <param name="reason">Why; required (non-blank) when declining.</param>
    /// <param name="at">When (UTC).</param>
    /// <exception cref="IllegalStatusTransitionException">When the lifecycle does not allow the change.</exception>
    /// <exception cref="ArgumentException">When declining without a reason.</exception>
    public static void Apply(MeetingRequestEntity request, RequestStatus to, string who, string? reason, Instant at)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        if (!Allowed[request.Status].Contains(to))
        {
            throw new IllegalStatusTransitionException(request.ScenarioId, request.Status, to);
        }

        if (to == RequestStatus.Declined && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException($"Declining request {request.ScenarioId} needs a reason the delegation can read.", nameof(reason));
        }

        // No key set: EF then tracks the entry found through the navigation as Added and generates the key.
        request.StatusHistory.Add(new RequestStatusChange
        {
            RequestId = request.Id,
            From = request.Status,
            To = to,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            ChangedBy = who,
            At = at,
        });
        request.Status = to;
    }

    /// <summary>
    /// Submits a new request: sets it Submitted, appends the first history entry (from no status to
    /// Submitted, by <paramref name="who"/>, now in UTC), adds it to the context and saves.
    /// </summary>
    /// <param name="request">A new, untracked request with its details set; its status is overwritten.</param>
    /// <param name="who">User name of whoever submits (or "cli").</param>
    /// <param name="cancellationToken">Cancels the save (then nothing is written).</param>
    /// <returns>The saved request.</returns>
    /// <exception cref="InvalidOperationException">When the request already has a history (it was submitted before).</exception>
    public async Task<MeetingRequestEntity> SubmitAsync(MeetingRequestEntity request, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        if (request.StatusHistory.Count > 0)
        {
            throw new InvalidOperationException($"Request {request.ScenarioId} has a history already; it is submitted once.");
        }

        request.Status = RequestStatus.Submitted;
        request.StatusHistory.Add(new RequestStatusChange
        {
            RequestId = request.Id,
            From = null,
            To = RequestStatus.Submitted,
            ChangedBy = who,
            At = Instant.FromDateTimeOffset(time.GetUtcNow()),
        });
        db.MeetingRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>Loads a request, changes its status and saves, removing its meeting when it leaves Scheduled.</summary>
    /// <param name="requestId">The request's key.</param>
    /// <param name="to">The new status.</param>
    /// <param name="who">User name of whoever decides.</param>
    /// <param name="reason">Why; required when declining.</param>
    /// <param name="expectedVersion">The <see cref="IVersioned.Version"/> the caller saw, or <c>null</c> to skip the check.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The saved request with its new status and version.</returns>
    /// <exception cref="KeyNotFoundException">No such request.</exception>
    /// <exception cref="IllegalStatusTransitionException">The lifecycle does not allow the change.</exception>
    /// <exception cref="ArgumentException">Declining without a reason.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed the request since <paramref name="expectedVersion"/>.</exception>
    public async Task<MeetingRequestEntity> ChangeStatusAsync(Guid requestId, RequestStatus to, string who, string? reason = null,
        int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var request = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
                      ?? throw new KeyNotFoundException($"There is no meeting request with id {requestId}.");
        if (expectedVersion is { } version)
        {
            db.Entry(request).Property(r => r.Version).OriginalValue = version;
        }

        var leavesProgramme = request.Status == RequestStatus.Scheduled;
        Apply(request, to, who, reason, Instant.FromDateTimeOffset(time.GetUtcNow()));
        if (leavesProgramme)
        {
            db.Meetings.RemoveRange(await db.Meetings.Include(m => m.Bookings).Where(m => m.RequestId == requestId).ToListAsync(cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        return request;
    }
}
