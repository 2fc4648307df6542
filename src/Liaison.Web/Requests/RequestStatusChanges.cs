using Liaison.Data;
using Liaison.Data.Entities;
using NodaTime;

namespace Liaison.Web.Requests;

/// <summary>
/// The life of a meeting request (issue 4): Submitted to Accepted, Declined (with a reason) or
/// Withdrawn; Accepted to Scheduled or Withdrawn; Scheduled to Accepted (taken out of the programme)
/// or Withdrawn. Declined and Withdrawn are final. Each change is recorded with who and when (UTC).
/// </summary>
internal static class RequestStatusChanges
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Allowed = new()
    {
        [RequestStatus.Submitted] = [RequestStatus.Accepted, RequestStatus.Declined, RequestStatus.Withdrawn],
        [RequestStatus.Accepted] = [RequestStatus.Scheduled, RequestStatus.Withdrawn],
        [RequestStatus.Scheduled] = [RequestStatus.Accepted, RequestStatus.Withdrawn],
        [RequestStatus.Declined] = [],
        [RequestStatus.Withdrawn] = [],
    };

    /// <summary>Whether a request in status <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool IsAllowed(RequestStatus from, RequestStatus to) => Allowed[from].Contains(to);

    /// <summary>Sets the status and adds the history entry; the caller saves.</summary>
    /// <exception cref="InvalidOperationException">When the change is not allowed.</exception>
    public static void Apply(LiaisonDbContext db, MeetingRequestEntity request, RequestStatus? from, RequestStatus to, string? reason, string who, Instant at)
    {
        if (from is { } current && !IsAllowed(current, to))
        {
            throw new InvalidOperationException($"Request {request.ScenarioId} is {current}; it cannot become {to}.");
        }

        request.Status = to;
        db.Add(new RequestStatusChange { Id = Guid.NewGuid(), RequestId = request.Id, From = from, To = to, Reason = reason, ChangedBy = who, At = at });
    }
}
