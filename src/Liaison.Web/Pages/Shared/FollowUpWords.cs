namespace Liaison.Web.Pages.Shared;

/// <summary>
/// Marker type for the words the follow-up pages share (agreement kinds and statuses, commitment statuses, meeting
/// outcomes, confidentiality and publicity): <c>Resources/Pages/Shared/FollowUpWords.resx</c> with <c>.ar</c>, <c>.es</c>
/// and <c>.fr</c> beside it, keys <c>AgreementKind_X</c>, <c>AgreementStatus_X</c>, <c>CommitmentStatus_X</c>,
/// <c>Outcome_X</c>, <c>Confidentiality_X</c>, <c>Publicity_X</c>, <c>Side_X</c> for each enum member X.
/// </summary>
public sealed class FollowUpWords;
