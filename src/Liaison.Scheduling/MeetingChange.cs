using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>One request's meeting before and after re-planning.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Kind">Kept, moved, dropped or newly placed.</param>
/// <param name="Before">The meeting in the previous programme, or <c>null</c>.</param>
/// <param name="After">The meeting in the new programme, or <c>null</c>.</param>
/// <param name="Reason">One English sentence: why it had to move or go (the change that forced it, or the place it
/// gave up so that more priority could be placed), or why it is kept or newly placed.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MeetingChange(string RequestId, MeetingChangeKind Kind, ScheduledMeeting? Before, ScheduledMeeting? After, string Reason);
