using Liaison.Data.Entities;

namespace Liaison.Web.Pages.Programme;

/// <summary>A meeting as the day grid shows it.</summary>
/// <param name="Meeting">The stored meeting, with its request and room.</param>
/// <param name="ParticipantIds">Scenario ids of the requester and the invitees.</param>
/// <param name="Interpreters">Names of the interpreters assigned.</param>
/// <param name="Redacted">Whether who and what are withheld from this reader (a confidential meeting, no clearance).</param>
public sealed record GridMeeting(MeetingEntity Meeting, IReadOnlyList<string> ParticipantIds, IReadOnlyList<string> Interpreters, bool Redacted);
