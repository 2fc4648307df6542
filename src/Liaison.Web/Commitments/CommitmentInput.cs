using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Commitments;
using Liaison.Web.FollowUp;
using NodaTime;

namespace Liaison.Web.Commitments;

/// <summary>
/// The body of <c>POST /api/events/{eventId}/commitments</c>: a new follow-up commitment of an agreement or a meeting,
/// checked against the event by <see cref="CommitmentRules"/> (the commitment form builds one too).
/// </summary>
/// <param name="Id">The commitment's id, new to the event.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="OwnerUnit">The unit that owns it, e.g. "International Cooperation Directorate".</param>
/// <param name="DueDate">The last day it may be done on (a calendar date in the event's zone).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="AgreementId">The agreement it falls under, or <c>null</c>.</param>
/// <param name="MeetingRequestId">Scenario id of the meeting it was agreed at, or <c>null</c> (one of the two is needed).</param>
public sealed record CommitmentInput(
    [property: Required, StringLength(FollowUpLimits.IdLength, MinimumLength = 1)] string Id,
    [property: Required, StringLength(FollowUpLimits.DescriptionLength, MinimumLength = 1)] string Description,
    [property: Required, StringLength(FollowUpLimits.OwnerUnitLength, MinimumLength = 1)] string OwnerUnit,
    DateOnly DueDate,
    CommitmentStatus Status,
    [property: StringLength(FollowUpLimits.IdLength)] string? AgreementId,
    [property: StringLength(FollowUpLimits.IdLength)] string? MeetingRequestId)
{
    /// <summary>The commitment entered.</summary>
    /// <exception cref="ArgumentException">A rule of <see cref="Commitment"/> is broken (<see cref="CommitmentRules"/> finds these first).</exception>
    public Commitment ToCommitment() =>
        new(Id, Description, OwnerUnit, LocalDate.FromDateOnly(DueDate), Status, AgreementId, MeetingRequestId);
}
