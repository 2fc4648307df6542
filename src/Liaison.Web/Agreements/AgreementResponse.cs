using Liaison.Domain.Agreements;

namespace Liaison.Web.Agreements;

/// <summary>An entry of the agreements register with its recorded status moves. Dates are calendar dates (yyyy-MM-dd).</summary>
/// <param name="Id">The agreement's id in the event.</param>
/// <param name="Kind">The instrument.</param>
/// <param name="Titles">Titles by language tag.</param>
/// <param name="PartnerPartyCode">The partner's party code.</param>
/// <param name="PartnerAgencyName">The partner agency, or <c>null</c>.</param>
/// <param name="OurAgencyName">Our signing agency, or <c>null</c>.</param>
/// <param name="SignedOn">Date of signature, or <c>null</c>.</param>
/// <param name="SignedPlace">Place of signature, or <c>null</c>.</param>
/// <param name="MeetingRequestId">The meeting it was signed or agreed at, or <c>null</c>.</param>
/// <param name="SubjectTopicCodes">Subject areas.</param>
/// <param name="Status">The current status.</param>
/// <param name="NextStatuses">The statuses the lifecycle allows next; empty when final.</param>
/// <param name="History">Recorded moves, oldest first.</param>
/// <param name="EntryIntoForce">Date of entry into force, or <c>null</c>.</param>
/// <param name="DurationMonths">Duration in months, or <c>null</c>.</param>
/// <param name="RenewalDate">Renewal date, or <c>null</c>.</param>
/// <param name="Version">Concurrency version; send it back with a transition.</param>
public sealed record AgreementResponse(
    string Id, AgreementKind Kind, IReadOnlyDictionary<string, string> Titles, string PartnerPartyCode, string? PartnerAgencyName,
    string? OurAgencyName, DateOnly? SignedOn, string? SignedPlace, string? MeetingRequestId, IReadOnlyList<string> SubjectTopicCodes,
    AgreementStatus Status, IReadOnlyList<AgreementStatus> NextStatuses, IReadOnlyList<StatusMoveResponse> History,
    DateOnly? EntryIntoForce, int? DurationMonths, DateOnly? RenewalDate, int Version);
