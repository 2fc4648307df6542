using NodaTime;

namespace Liaison.Web.Setup;

/// <summary>A scheduled meeting a set-up change would unschedule.</summary>
/// <param name="MeetingId">The meeting's id.</param>
/// <param name="RequestId">Its request's scenario id, e.g. <c>R07</c>.</param>
/// <param name="Start">UTC start.</param>
/// <param name="End">UTC end (exclusive).</param>
/// <param name="ParticipantIds">Scenario ids of the requester and the invitees.</param>
/// <param name="Locked">Whether the meeting was locked against re-planning.</param>
public sealed record AffectedMeeting(Guid MeetingId, string RequestId, Instant Start, Instant End, IReadOnlyList<string> ParticipantIds, bool Locked);
