using Liaison.Data.Entities;

namespace Liaison.Web.Requests;

/// <summary>One entry of a request's status history.</summary>
/// <param name="From">The status before, or <c>null</c> for the submission.</param>
/// <param name="To">The status after.</param>
/// <param name="Reason">Why, when given.</param>
/// <param name="ChangedBy">User name of who changed it.</param>
/// <param name="At">When (UTC).</param>
public sealed record StatusChangeResponse(RequestStatus? From, RequestStatus To, string? Reason, string ChangedBy, DateTimeOffset At);
