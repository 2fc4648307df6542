using Liaison.Domain.Commitments;

namespace Liaison.Web.Commitments;

/// <summary>A follow-up commitment.</summary>
/// <param name="Id">The commitment's id in the event.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="OwnerUnit">The owning unit.</param>
/// <param name="DueDate">The last day it may be done on (calendar date in the event's zone).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="AgreementId">The agreement it falls under, or <c>null</c>.</param>
/// <param name="MeetingRequestId">The meeting it was agreed at, or <c>null</c>.</param>
/// <param name="Version">Concurrency version; send it back with a status change.</param>
public sealed record CommitmentResponse(
    string Id, string Description, string OwnerUnit, DateOnly DueDate, CommitmentStatus Status, string? AgreementId,
    string? MeetingRequestId, int Version);
