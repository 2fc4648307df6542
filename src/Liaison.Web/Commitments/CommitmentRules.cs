using Liaison.Domain;
using Liaison.Domain.Commitments;
using Liaison.Web.FollowUp;

namespace Liaison.Web.Commitments;

/// <summary>
/// The rules a new or edited commitment must meet, checked against the event's dossier before anything is written, each
/// problem naming its field: the API (<c>POST .../commitments</c>) and the commitment form both call <see cref="Check"/>.
/// They are the rules <see cref="Commitment"/> and <see cref="EventDossier"/> enforce by throwing, stated field by field.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CommitmentRules
{
    /// <summary>Every rule <paramref name="input"/> breaks; empty when it may be saved.</summary>
    /// <param name="input">The commitment as entered (attributes already checked).</param>
    /// <param name="dossier">The event's dossier as stored.</param>
    /// <param name="isNew">Whether the commitment is added (its id must then be new) rather than edited.</param>
    public static IReadOnlyList<FollowUpProblem> Check(CommitmentInput input, EventDossier dossier, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(dossier);
        return Problems(input, dossier, isNew).ToList();
    }

    private static IEnumerable<FollowUpProblem> Problems(CommitmentInput input, EventDossier dossier, bool isNew)
    {
        if (isNew && dossier.Commitments.Any(c => c.Id == input.Id))
        {
            yield return new(nameof(input.Id), FollowUpRule.IdTaken, $"The event already has commitment '{input.Id}'; choose another id.");
        }

        if (string.IsNullOrWhiteSpace(input.AgreementId) && string.IsNullOrWhiteSpace(input.MeetingRequestId))
        {
            yield return new(nameof(input.AgreementId), FollowUpRule.NoAgreementOrMeeting,
                "A commitment falls under an agreement or was agreed at a meeting; name one of them.");
        }

        if (input.AgreementId is { Length: > 0 } agreement && dossier.Agreement(agreement) is null)
        {
            yield return new(nameof(input.AgreementId), FollowUpRule.UnknownAgreement,
                $"'{agreement}' is not an agreement of this event's register; give an agreement id, or none.");
        }

        if (input.MeetingRequestId is { Length: > 0 } meeting && !dossier.Scenario.HasRequest(meeting))
        {
            yield return new(nameof(input.MeetingRequestId), FollowUpRule.UnknownMeeting,
                $"'{meeting}' is not a meeting request of this event; give a request id such as R14, or none.");
        }
    }
}
