using NodaTime;

namespace Liaison.Domain.Programmes;

/// <summary>A meeting placed in the programme: when, where, who, and which interpreters.</summary>
/// <param name="RequestId">The meeting request it fulfils.</param>
/// <param name="Time">UTC interval of the meeting; its length is the request's duration.</param>
/// <param name="RoomId">The room.</param>
/// <param name="ParticipantIds">Requester and invitees (principal and delegation ids).</param>
/// <param name="InterpreterIds">Interpreters assigned; empty when none is needed.</param>
/// <param name="Locked">Whether re-planning must leave it exactly where it is.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScheduledMeeting(
    string RequestId,
    Interval Time,
    string RoomId,
    IReadOnlyList<string> ParticipantIds,
    IReadOnlyList<string> InterpreterIds,
    bool Locked = false);
