using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>Builds a conflict-free programme from a scenario with OR-Tools CP-SAT.</summary>
public sealed class Planner
{
    private readonly TimeProvider _time;

    /// <summary>Creates a planner.</summary>
    /// <param name="time">Clock used to measure wall time.</param>
    public Planner(TimeProvider time) => _time = time;

    /// <summary>Plans the scenario's requests.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Limits.</param>
    /// <param name="progress">Receives progress reports, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the search; the best programme so far is returned.</param>
    public PlanResult Plan(Scenario scenario, PlannerOptions options, IProgress<PlannerProgress>? progress = null, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("Contract only: the scheduling helper writes this.");
}
