using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Agreements;
using Liaison.Web.FollowUp;
using NodaTime;

namespace Liaison.Web.Agreements;

/// <summary>
/// The body of <c>POST /api/events/{eventId}/agreements</c>: a new entry of the register, entered as it stands (its
/// status moves afterwards only through <c>.../transitions</c>). <see cref="AgreementRules"/> checks it against the event
/// (the agreement form builds one too).
/// </summary>
/// <param name="Id">The agreement's id, new to the event, e.g. <c>mou-et</c>.</param>
/// <param name="Kind">The instrument.</param>
/// <param name="Titles">Titles in the authentic languages, keyed by BCP 47 tag; at least one.</param>
/// <param name="PartnerPartyCode">The partner's party code in the event (ISO 3166-1 or organisation code).</param>
/// <param name="PartnerAgencyName">The partner agency, or <c>null</c>.</param>
/// <param name="OurAgencyName">Our signing agency, or <c>null</c>.</param>
/// <param name="SignedOn">Date of signature (event-local calendar date); required once signed.</param>
/// <param name="SignedPlace">Place of signature, or <c>null</c>.</param>
/// <param name="MeetingRequestId">Scenario id of the meeting at which it was signed or agreed, or <c>null</c>.</param>
/// <param name="SubjectTopicCodes">Subject areas, codes of the event's topics.</param>
/// <param name="Status">The status it stands at.</param>
/// <param name="EntryIntoForce">Date of entry into force, or <c>null</c>.</param>
/// <param name="DurationMonths">Duration in months, or <c>null</c> when open-ended.</param>
/// <param name="RenewalDate">When it is due for renewal, or <c>null</c>.</param>
public sealed record AgreementInput(
    [property: Required, StringLength(FollowUpLimits.IdLength, MinimumLength = 1)] string Id,
    AgreementKind Kind,
    [property: Required, MinLength(1)] IReadOnlyDictionary<string, string> Titles,
    [property: Required, StringLength(FollowUpLimits.IdLength, MinimumLength = 1)] string PartnerPartyCode,
    [property: StringLength(FollowUpLimits.NameLength)] string? PartnerAgencyName,
    [property: StringLength(FollowUpLimits.NameLength)] string? OurAgencyName,
    DateOnly? SignedOn,
    [property: StringLength(FollowUpLimits.NameLength)] string? SignedPlace,
    [property: StringLength(FollowUpLimits.IdLength)] string? MeetingRequestId,
    [property: Required] IReadOnlyList<string> SubjectTopicCodes,
    AgreementStatus Status,
    DateOnly? EntryIntoForce,
    [property: Range(1, FollowUpLimits.MaxDurationMonths)] int? DurationMonths,
    DateOnly? RenewalDate)
{
    /// <summary>The agreement entered, with no recorded moves.</summary>
    /// <exception cref="ArgumentException">A rule of <see cref="Agreement"/> is broken (<see cref="AgreementRules"/> finds these first).</exception>
    public Agreement ToAgreement() =>
        new(Id, Kind, Titles, PartnerPartyCode, PartnerAgencyName, OurAgencyName, Date(SignedOn), SignedPlace, MeetingRequestId,
            SubjectTopicCodes, Status, [], Date(EntryIntoForce), DurationMonths, Date(RenewalDate));

    private static LocalDate? Date(DateOnly? date) => date is { } d ? LocalDate.FromDateOnly(d) : null;
}
