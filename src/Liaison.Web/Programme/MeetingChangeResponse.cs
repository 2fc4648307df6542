namespace Liaison.Web.Programme;

/// <summary>A meeting after a move or a lock, with the rules the programme now breaks around it.</summary>
/// <param name="Meeting">The saved meeting.</param>
/// <param name="Warnings">
/// Soft conflicts the move leaves (e.g. a participant blocked by a plenary, a breached protocol
/// buffer, an interpreter who no longer fits); empty when the meeting is clean. Double bookings
/// never get here: they are refused with 409.
/// </param>
public sealed record MeetingChangeResponse(MeetingResponse Meeting, IReadOnlyList<ConflictWarning> Warnings);
