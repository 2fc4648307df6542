using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// The monolithic strategy: one <see cref="PlanningModel"/> of every request not locked, solved in
/// two CP-SAT phases sharing one time limit. Phase 1 maximises the placed priority (then optional
/// attendees) and proves a bound; phase 2 keeps that objective and minimises the secondary cost,
/// starting from the phase-1 programme, until proven, 0.3 s pass without improvement, or it has run as long as
/// phase 1 did (at least 0.5 s).
/// </summary>
internal sealed class TwoPhaseSearch
{
    /// <summary>Share of the remaining time phase 1 may use; phase 2 gets what phase 1 leaves.</summary>
    private const double PlacementShare = 0.75;

    /// <summary>Phase 2 is skipped when less time than this is left.</summary>
    private static readonly TimeSpan MinimumPhaseTime = TimeSpan.FromMilliseconds(50);

    /// <summary>Phase 2 stops after this long without a better programme: compact days are a preference, not worth the whole limit.</summary>
    private static readonly TimeSpan PhaseTwoStall = TimeSpan.FromSeconds(0.3);

    /// <summary>
    /// Phase 2 may run as long as phase 1 took, or this long when phase 1 was quicker (time left permitting): CP-SAT
    /// rarely proves a principal's idle time optimal (its relaxation of a span is weak), so without a cap a small
    /// programme whose placement is proven in half a second would spend seconds shaving idle minutes.
    /// </summary>
    private static readonly TimeSpan PhaseTwoCap = TimeSpan.FromSeconds(0.5);

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
    /// <param name="reserve">Time both phases leave before the limit, for the caller's next step.</param>
    /// <exception cref="InvalidOperationException">When CP-SAT rejects the model (a defect, never an input problem).</exception>
    public (long Bound, bool ProvedOptimal) Run(Occupancy occupancy, IReadOnlyList<PlannableRequest> free, bool warmStart, TimeSpan reserve)
    {
        TimeSpan Available() => _settings.Remaining() - reserve;
        var heldPriority = occupancy.PlacedPriority;
        var bound = heldPriority + free.Sum(r => (long)r.Request.Priority);
        if (free.Count == 0)
        {
            return (bound, true);
        }

        _settings.Report(PlannerPhase.PlacingRequests, null, null);
        var (model, incumbents) = warmStart
            ? HintedByGreedy(occupancy, free)
            : (new PlanningModel(occupancy, [.. free.Select(r => new FreeRequest(r, r.Starts, null))], rewardStaying: false), []);
        using var solver = _settings.NewSolver(Available() * PlacementShare, _settings.Workers);
        var phaseOneStarted = _settings.Elapsed();
        var status = _settings.Solve(solver, model, PlannerPhase.PlacingRequests, null);
        var phaseOneTook = _settings.Elapsed() - phaseOneStarted;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            incumbents.ForEach(occupancy.Add);
            return (bound, false);
        }

        bound = Math.Min(bound, heldPriority + SolverSettings.Floor(solver.BestObjectiveBound / model.PriorityWeight));
        var optimal = status == CpSolverStatus.Optimal;
        if (!_settings.Cancelled && Available() >= MinimumPhaseTime)
        {
            _settings.Report(PlannerPhase.CompactingDays, heldPriority + SolverSettings.Floor(solver.ObjectiveValue / model.PriorityWeight), bound);
            model.MinimiseSecondaryCost((long)Math.Round(solver.ObjectiveValue), solver);
            var phaseTwoLimit = TimeSpan.FromTicks(Math.Min(Available().Ticks, Math.Max(phaseOneTook.Ticks, PhaseTwoCap.Ticks)));
            using var second = _settings.NewSolver(phaseTwoLimit, _settings.Workers);
            var secondStatus = _settings.Solve(second, model, PlannerPhase.CompactingDays, bound, PhaseTwoStall);
            if (secondStatus is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                model.Apply(second, out _);
                return (bound, optimal);
            }
        }

        model.Apply(solver, out _);
        return (bound, optimal);
    }

    /// <summary>
    /// Places <paramref name="free"/> greedily around <paramref name="occupancy"/>, takes the greedy placements out again
    /// and builds the model of <paramref name="free"/> hinted with them; the caller solves it and applies the result, or adds
    /// the returned incumbents back.
    /// </summary>
    public static (PlanningModel Model, List<Placement> Incumbents) HintedByGreedy(Occupancy occupancy, IReadOnlyList<PlannableRequest> free)
    {
        LargeNeighbourhoodSearch.Construct(occupancy, free);
        var incumbents = free.Select(occupancy.PlacementOf).OfType<Placement>().ToList();
        incumbents.ForEach(occupancy.Remove);
        var hints = incumbents.ToDictionary(p => p.Plannable);
        return (new PlanningModel(occupancy, [.. free.Select(r => new FreeRequest(r, r.Starts, hints.GetValueOrDefault(r)))], rewardStaying: false), incumbents);
    }
}
