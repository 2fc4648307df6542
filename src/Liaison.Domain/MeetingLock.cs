using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// Pins a request's meeting to a start and a room: the planner and re-planning never move it,
/// and it occupies its participants, room and interpreter like any other meeting.
/// </summary>
/// <param name="Start">UTC instant the meeting starts; the meeting lasts the request's duration.</param>
/// <param name="RoomId">Id of the room it is held in.</param>
/// <remarks>
/// A lock that cannot be honoured (a participant absent or blocked, the room unsuitable, the start
/// off the planning step, no interpreter free, or a clash with an earlier lock) is never dropped
/// silently: the planner reports the request as unplaced with <c>UnplacedReason.LockInfeasible</c>.
/// Immutable and thread-safe.
/// </remarks>
public sealed record MeetingLock(Instant Start, string RoomId);
