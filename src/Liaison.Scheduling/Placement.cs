using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>A request placed at a start, in a room, with its interpreter if it needs one.</summary>
/// <param name="Plannable">The request placed.</param>
/// <param name="Start">Timeline minute of the start.</param>
/// <param name="Room">The room.</param>
/// <param name="Interpreter">The interpreter, or <c>null</c> when none is needed.</param>
internal sealed record Placement(PlannableRequest Plannable, long Start, Room Room, Interpreter? Interpreter)
{
    /// <summary>The meeting request.</summary>
    public MeetingRequest Request => Plannable.Request;

    /// <summary>Timeline minute just after the meeting ends.</summary>
    public long End => Start + Plannable.Duration;
}
