namespace Liaison.Scheduling;

/// <summary>
/// What the planner is doing when it reports progress (<see cref="PlannerProgress.Phase"/>): a stable,
/// machine-readable code that a page translates; <see cref="PlannerPhaseText.English"/> gives the
/// English wording the command line prints. The phases of one call come in the order listed, each
/// strategy using only some of them; new members may be added, existing names never change.
/// </summary>
public enum PlannerPhase
{
    /// <summary>Checking each request on its own: who, which rooms and interpreters, which free times (before any search).</summary>
    CheckingRequests,

    /// <summary>Proving an upper bound on the placed priority (the capacity relaxation).</summary>
    Bounding,

    /// <summary>CP-SAT's first phase: placing as much priority as possible.</summary>
    PlacingRequests,

    /// <summary>CP-SAT's second phase: keeping the placed priority while shortening the principals' idle time.</summary>
    CompactingDays,

    /// <summary>Large instances: a first programme built greedily, request by request.</summary>
    GreedyConstruction,

    /// <summary>Large instances: placing requests left out by taking out and placing again a few meetings in their way.</summary>
    RepairingPlacement,

    /// <summary>Large instances: re-solving neighbourhoods of the programme to place more.</summary>
    ImprovingNeighbourhoods,

    /// <summary>Re-planning after changes, keeping confirmed meetings where they are.</summary>
    Replanning,

    /// <summary>Working out why each request left out could not be placed.</summary>
    FindingReasons,

    /// <summary>The last report of a call, carrying its final value and bound.</summary>
    Done,
}
