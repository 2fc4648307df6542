namespace Liaison.Scheduling;

/// <summary>How the planner searches; see docs/scheduling.md.</summary>
public enum PlanningStrategy
{
    /// <summary>
    /// <see cref="Monolithic"/> when the scenario has at most <see cref="PlannerOptions.MonolithicRequestLimit"/>
    /// plannable requests, otherwise <see cref="LargeNeighbourhood"/>.
    /// </summary>
    Auto,

    /// <summary>One CP-SAT model of every request, solved in two phases; exact given time. The baseline for benchmarks.</summary>
    Monolithic,

    /// <summary>A greedy construction, most constrained first, improved by CP-SAT on neighbourhoods (a time window, a few participants), accepting only improvements.</summary>
    LargeNeighbourhood,
}
