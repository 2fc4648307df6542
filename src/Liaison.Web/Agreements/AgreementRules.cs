using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Web.FollowUp;

namespace Liaison.Web.Agreements;

/// <summary>
/// The rules a new or edited agreement must meet, checked against the event's dossier before anything is written, each
/// problem naming its field: the API (<c>POST .../agreements</c>) and the agreement form both call <see cref="Check"/>.
/// They are the rules <see cref="Agreement"/> and <see cref="EventDossier"/> enforce by throwing, stated field by field so
/// that a form can show each beside its field; the domain still refuses whatever slips past.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class AgreementRules
{
    /// <summary>Every rule <paramref name="input"/> breaks; empty when it may be saved.</summary>
    /// <param name="input">The agreement as entered (attributes already checked); on an edit, with the stored status.</param>
    /// <param name="dossier">The event's dossier as stored.</param>
    /// <param name="isNew">Whether the agreement is added (its id must then be new) rather than edited.</param>
    public static IReadOnlyList<FollowUpProblem> Check(AgreementInput input, EventDossier dossier, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(dossier);
        return References(input, dossier, isNew).Concat(Dates(input)).ToList();
    }

    private static IEnumerable<FollowUpProblem> References(AgreementInput input, EventDossier dossier, bool isNew)
    {
        if (isNew && dossier.Agreement(input.Id) is not null)
        {
            yield return new(nameof(input.Id), FollowUpRule.IdTaken, $"The register already has agreement '{input.Id}'; choose another id.");
        }

        if (input.Titles.Count == 0 || input.Titles.Values.Any(string.IsNullOrWhiteSpace))
        {
            yield return new(nameof(input.Titles), FollowUpRule.TitleMissing, "Give the title in at least one authentic language, with no empty title.");
        }

        if (!dossier.Scenario.HasParty(input.PartnerPartyCode))
        {
            yield return new(nameof(input.PartnerPartyCode), FollowUpRule.UnknownParty,
                $"'{input.PartnerPartyCode}' is not a party of this event; give a country or organisation code of the event.");
        }
        else if (input.MeetingRequestId is { Length: > 0 } meeting)
        {
            if (!dossier.Scenario.HasRequest(meeting))
            {
                yield return new(nameof(input.MeetingRequestId), FollowUpRule.UnknownMeeting,
                    $"'{meeting}' is not a meeting request of this event; give a request id such as R14, or none.");
            }
            else if (!dossier.PartnerPartyCodes(meeting).Contains(input.PartnerPartyCode))
            {
                yield return new(nameof(input.PartnerPartyCode), FollowUpRule.PartnerNotAtMeeting,
                    $"'{input.PartnerPartyCode}' took no part in meeting {meeting}; choose the meeting's partner or another meeting.");
            }
        }

        IReadOnlyList<string> stored = (isNew ? null : dossier.Agreement(input.Id))?.SubjectTopicCodes ?? [];
        foreach (var problem in TopicRules.Check(nameof(input.SubjectTopicCodes), input.SubjectTopicCodes, stored, dossier))
        {
            yield return problem;
        }
    }

    private static IEnumerable<FollowUpProblem> Dates(AgreementInput input)
    {
        if (input.Status is AgreementStatus.Signed or AgreementStatus.InForce or AgreementStatus.Expired && input.SignedOn is null)
        {
            yield return new(nameof(input.SignedOn), FollowUpRule.SignatureDateMissing, $"An agreement that is {input.Status} needs its date of signature.");
        }

        if (input.Status is AgreementStatus.InForce or AgreementStatus.Expired && input.EntryIntoForce is null)
        {
            yield return new(nameof(input.EntryIntoForce), FollowUpRule.EntryIntoForceMissing,
                $"An agreement that is {input.Status} needs its date of entry into force.");
        }

        if (input.EntryIntoForce < input.SignedOn)
        {
            yield return new(nameof(input.EntryIntoForce), FollowUpRule.EntryIntoForceBeforeSignature,
                "The date of entry into force is before the date of signature; give a date on or after the signature.");
        }

        if (input.RenewalDate < input.EntryIntoForce)
        {
            yield return new(nameof(input.RenewalDate), FollowUpRule.RenewalBeforeEntryIntoForce,
                "The renewal date is before the entry into force; give a date on or after it, or none.");
        }
    }
}
