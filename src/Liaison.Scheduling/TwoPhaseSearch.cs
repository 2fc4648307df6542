using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// The monolithic strategy: one <see cref="PlanningModel"/> of every request not locked, solved in
/// two CP-SAT phases sharing one time limit. Phase 1 maximises the placed priority (then optional
/// attendees) and proves a bound; phase 2 keeps that objective and minimises the secondary cost,
/// starting from the phase-1 programme, until proven or one second passes without improvement.
/// </summary>
internal sealed class TwoPhaseSearch
{
    /// <summary>Share of the remaining time phase 1 may use; phase 2 gets what phase 1 leaves.</summary>
    private const double PlacementShare = 0.75;

    /// <summary>Phase 2 is skipped when less time than this is left.</summary>
    private static readonly TimeSpan MinimumPhaseTime = TimeSpan.FromMilliseconds(50);

    /// <summary>Phase 2 stops after this long without a better programme: compact days are a preference, not worth the whole limit.</summary>
    private static readonly TimeSpan PhaseTwoStall = TimeSpan.FromSeconds(1);

    private readonly SolverSettings _settings;

    /// <summary>Creates the search.</summary>
    public TwoPhaseSearch(SolverSettings settings)
    {
        _settings = settings;
    }

    /// <summary>
    /// Places the free requests around the meetings in <paramref name="occupancy"/> (the locks) and adds
    /// them to it; returns CP-SAT's bound on the priority placed by the whole programme, and whether it is proven optimal.
    /// </summary>
    /// <param name="occupancy">The locks held; receives the programme.</param>
    /// <param name="free">The requests to place.</param>
    /// <param name="warmStart">Whether to hint the greedy construction's programme (<see cref="PlanningStrategy.Auto"/>) or nothing (the baseline).</param>
    /// <exception cref="InvalidOperationException">When CP-SAT rejects the model (a defect, never an input problem).</exception>
    public (long Bound, bool ProvedOptimal) Run(Occupancy occupancy, IReadOnlyList<PlannableRequest> free, bool warmStart)
    {
        var heldPriority = occupancy.PlacedPriority;
        var bound = heldPriority + free.Sum(r => (long)r.Request.Priority);
        if (free.Count == 0)
        {
            return (bound, true);
        }

        var incumbents = new List<Placement>();
        if (warmStart)
        {
            LargeNeighbourhoodSearch.Construct(occupancy, free);
            incumbents = free.Select(occupancy.PlacementOf).OfType<Placement>().ToList();
            incumbents.ForEach(occupancy.Remove);
        }

        var hints = incumbents.ToDictionary(p => p.Plannable);
        var model = new PlanningModel(occupancy, free.Select(r => new FreeRequest(r, r.Starts, hints.GetValueOrDefault(r))).ToList(), rewardStaying: false);
        using var solver = _settings.NewSolver(_settings.Remaining() * PlacementShare, _settings.Workers);
        var status = _settings.Solve(solver, model, "placing requests", null);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            incumbents.ForEach(occupancy.Add);
            return (bound, false);
        }

        bound = Math.Min(bound, heldPriority + SolverSettings.Floor(solver.BestObjectiveBound / model.PriorityWeight));
        var optimal = status == CpSolverStatus.Optimal;
        if (!_settings.Cancelled && _settings.Remaining() >= MinimumPhaseTime)
        {
            model.MinimiseSecondaryCost((long)Math.Round(solver.ObjectiveValue), solver);
            using var second = _settings.NewSolver(_settings.Remaining(), _settings.Workers);
            var secondStatus = _settings.Solve(second, model, "compacting days", bound, PhaseTwoStall);
            if (secondStatus is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                model.Apply(second, out _);
                return (bound, optimal);
            }
        }

        model.Apply(solver, out _);
        return (bound, optimal);
    }
}
