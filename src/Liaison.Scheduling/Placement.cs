using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>A request placed at a start, in a room, with its interpreter if it needs one and the optional attendees who join.</summary>
/// <param name="Plannable">The request placed.</param>
/// <param name="Start">Timeline minute of the start.</param>
/// <param name="Room">The room.</param>
/// <param name="Interpreter">The interpreter, or <c>null</c> when none is needed.</param>
/// <param name="Attending">Indexes of the optional attendees who attend; empty when none.</param>
internal sealed record Placement(PlannableRequest Plannable, long Start, Room Room, Interpreter? Interpreter, int[] Attending)
{
    /// <summary>The meeting request.</summary>
    public MeetingRequest Request => Plannable.Request;

    /// <summary>Timeline minute just after the meeting ends.</summary>
    public long End => Start + Plannable.Duration;

    /// <summary>Whether this holds the same start, room and interpreter as <paramref name="other"/>.</summary>
    public bool SamePlaceAs(Placement other) => Start == other.Start && Room == other.Room && Interpreter == other.Interpreter;

    /// <inheritdoc />
    public bool Equals(Placement? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
