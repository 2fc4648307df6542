namespace Liaison.Web.Programme;

/// <summary>
/// A meeting of the programme. For a reader without clearance a confidential meeting is counted
/// but not named: <see cref="Redacted"/> is true and who, and what about, are <c>null</c>.
/// </summary>
/// <param name="Id">Surrogate id.</param>
/// <param name="RequestId">Scenario id of the request it fulfils.</param>
/// <param name="RequestedBy">Scenario id of the requesting delegation, or <c>null</c> when redacted.</param>
/// <param name="ParticipantIds">Requester and invitees, or <c>null</c> when redacted.</param>
/// <param name="Topics">Topic codes, or <c>null</c> when redacted.</param>
/// <param name="RoomId">Surrogate id of the room.</param>
/// <param name="RoomName">Name of the room.</param>
/// <param name="Start">Start (UTC).</param>
/// <param name="End">End (UTC).</param>
/// <param name="StartLocal">Start in the event's zone, ISO 8601 with offset.</param>
/// <param name="EndLocal">End in the event's zone, ISO 8601 with offset.</param>
/// <param name="TimeZone">The event's IANA zone, the label of the local times.</param>
/// <param name="InterpreterIds">Scenario ids of the interpreters assigned.</param>
/// <param name="Locked">Whether re-planning leaves it where it is.</param>
/// <param name="Confidential">Whether the meeting may not be named in public output.</param>
/// <param name="Redacted">Whether who and what were withheld from this reader.</param>
/// <param name="Version">Concurrency version; send it back with a move or a lock.</param>
public sealed record MeetingResponse(
    Guid Id, string RequestId, string? RequestedBy, IReadOnlyList<string>? ParticipantIds, IReadOnlyList<string>? Topics,
    Guid RoomId, string RoomName, DateTimeOffset Start, DateTimeOffset End, string StartLocal, string EndLocal, string TimeZone,
    IReadOnlyList<string> InterpreterIds, bool Locked, bool Confidential, bool Redacted, int Version);
