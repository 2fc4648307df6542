namespace Liaison.Scheduling;

/// <summary>The English wording of each <see cref="PlannerPhase"/>, for logs and the command line's progress lines.</summary>
public static class PlannerPhaseText
{
    /// <summary>The phase in lower-case English, e.g. "placing requests" for <see cref="PlannerPhase.PlacingRequests"/>.</summary>
    /// <param name="phase">The phase.</param>
    /// <exception cref="ArgumentOutOfRangeException">For a value that is not a member of <see cref="PlannerPhase"/>.</exception>
    public static string English(this PlannerPhase phase) => phase switch
    {
        PlannerPhase.CheckingRequests => "checking requests",
        PlannerPhase.Bounding => "bounding",
        PlannerPhase.PlacingRequests => "placing requests",
        PlannerPhase.CompactingDays => "compacting days",
        PlannerPhase.GreedyConstruction => "greedy construction",
        PlannerPhase.RepairingPlacement => "ejection repair",
        PlannerPhase.ImprovingNeighbourhoods => "improving neighbourhoods",
        PlannerPhase.Replanning => "re-planning",
        PlannerPhase.FindingReasons => "finding reasons",
        PlannerPhase.Done => "done",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a planner phase."),
    };
}
