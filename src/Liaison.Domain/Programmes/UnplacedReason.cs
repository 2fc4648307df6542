namespace Liaison.Domain.Programmes;

/// <summary>Why the planner left a request out of the programme.</summary>
public enum UnplacedReason
{
    /// <summary>The participants share no free time long enough for the meeting (presence, blocked times, working hours).</summary>
    NoCommonFreeTime,

    /// <summary>No room has the capacity or signing suitability the meeting needs.</summary>
    NoSuitableRoom,

    /// <summary>The meeting needs an interpreter and none works in a pair that serves it, or none is available when the parties are.</summary>
    NoInterpreter,

    /// <summary>It could be placed alone, but the times it fits are taken by requests of higher or equal priority.</summary>
    CrowdedOut,

    /// <summary>The request is locked at a start and room where it cannot be held (a participant absent or blocked, the room unsuitable, off the step, no interpreter, or a clash with another lock).</summary>
    LockInfeasible,
}
