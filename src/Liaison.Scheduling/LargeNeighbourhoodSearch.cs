using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// The large-instance strategy: a greedy construction (highest priority first, then most constrained
/// first) on the indexed <see cref="Occupancy"/>, an ejection repair (<see cref="EjectionRepair"/>), then large-neighbourhood search: free a neighbourhood
/// (<see cref="Neighbourhoods"/>), re-solve it with CP-SAT around the rest of the programme, warm-started
/// from the incumbent, and keep the result only when it places strictly more priority, or as much
/// priority with more optional attendees.
/// </summary>
internal sealed class LargeNeighbourhoodSearch
{
    /// <summary>Longest single neighbourhood solve.</summary>
    private static readonly TimeSpan SubSolveLimit = TimeSpan.FromSeconds(1.5);

    /// <summary>Neighbourhoods are not started with less time left than this.</summary>
    private static readonly TimeSpan MinimumSolveTime = TimeSpan.FromMilliseconds(100);

    /// <summary>Share of the time left after construction that the ejection repair may take.</summary>
    private const double RepairShare = 0.5;

    /// <summary>Share of the time left after construction kept for naming what crowds out each request left.</summary>
    private const double ReservedShare = 0.1;

    private readonly SolverSettings _settings;

    /// <summary>Creates the search.</summary>
    public LargeNeighbourhoodSearch(SolverSettings settings)
    {
        _settings = settings;
    }

    /// <summary>
    /// Places as many of <paramref name="requests"/> as it can around the meetings already in <paramref name="occupancy"/>,
    /// and returns the bound: <paramref name="quickBound"/> when the construction reaches it, else the LP bound
    /// (<see cref="CapacityBound.Within"/>). The greedy construction always runs to the end (its cost is linear in
    /// the requests and their starts); the ejection repair (<see cref="EjectionRepair"/>) may take half the time left after
    /// the bound; the neighbourhoods stop at the limit, leaving a tenth of the time left for the reasons.
    /// </summary>
    /// <param name="occupancy">The programme so far (locks); receives the placements.</param>
    /// <param name="requests">The requests to place.</param>
    /// <param name="quickBound">The quick bound of the whole problem.</param>
    /// <param name="problem">The problem, for the LP bound.</param>
    public long Run(Occupancy occupancy, IReadOnlyList<PlannableRequest> requests, long quickBound, PlanningProblem problem)
    {
        _settings.Report(PlannerPhase.GreedyConstruction, null, quickBound);
        Construct(occupancy, requests);
        _settings.Report(PlannerPhase.Bounding, occupancy.PlacedPriority, quickBound);
        var bound = occupancy.PlacedPriority >= quickBound ? quickBound : CapacityBound.Within(problem, _settings);
        _settings.Report(PlannerPhase.RepairingPlacement, occupancy.PlacedPriority, bound);
        var repairUntil = _settings.Elapsed() + (_settings.Remaining() * RepairShare);
        EjectionRepair.Run(occupancy, requests, () => occupancy.PlacedPriority >= bound || _settings.Stopping || _settings.Elapsed() >= repairUntil);
        _settings.Report(PlannerPhase.ImprovingNeighbourhoods, occupancy.PlacedPriority, bound);
        var neighbourhoods = new Neighbourhoods(occupancy, requests, _settings.Seed);
        var reserve = _settings.Remaining() * ReservedShare;
        for (var round = 0; occupancy.PlacedPriority < bound && !_settings.Cancelled && _settings.Remaining() - reserve > MinimumSolveTime; round++)
        {
            var free = neighbourhoods.Next(round);
            if (free.Count == 0)
            {
                break;
            }

            var (improved, optimal) = Improve(occupancy, free, round, bound, reserve);
            neighbourhoods.Adapt(optimal);
            if (improved)
            {
                _settings.Report(PlannerPhase.ImprovingNeighbourhoods, occupancy.PlacedPriority, bound);
            }
        }

        if (occupancy.PlacedPriority < bound && (_settings.Cancelled || _settings.Remaining() - reserve <= MinimumSolveTime))
        {
            _settings.NoteLimitReached();
        }

        return bound;
    }

    /// <summary>Highest priority first; among equals, the request with the fewest ways to be held first.</summary>
    public static void Construct(Occupancy occupancy, IEnumerable<PlannableRequest> requests)
    {
        var order = requests
            .Where(r => occupancy.PlacementOf(r) is null)
            .OrderByDescending(r => r.Request.Priority)
            .ThenBy(r => (long)r.Starts.Length * r.Rooms.Count * Math.Max(1, r.Interpreters.Count))
            .ToList();
        foreach (var request in order)
        {
            occupancy.TryPlace(request);
        }
    }

    /// <summary>Re-solves one neighbourhood; keeps the result only if it is better. Returns whether it was, and whether CP-SAT proved its optimum.</summary>
    private (bool Improved, bool Optimal) Improve(Occupancy occupancy, IReadOnlyList<FreeRequest> free, int round, long bound, TimeSpan reserve)
    {
        var before = free.Where(f => f.Incumbent is not null).Select(f => f.Incumbent!).ToList();
        foreach (var placement in before)
        {
            occupancy.Remove(placement);
        }

        var model = new PlanningModel(occupancy, free, rewardStaying: false);
        model.RequireImprovement();
        var limit = TimeSpan.FromTicks(Math.Min((_settings.Remaining() - reserve).Ticks, SubSolveLimit.Ticks));
        using var solver = _settings.NewSolver(limit, _settings.Workers, round, quick: true);
        var status = _settings.Solve(solver, model, PlannerPhase.ImprovingNeighbourhoods, bound);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var added = model.Apply(solver, out var unroomed);
            added.AddRange(unroomed.Select(occupancy.TryPlace).OfType<Placement>());
            if (Value(added).CompareTo(Value(before)) > 0)
            {
                return (true, status == CpSolverStatus.Optimal);
            }

            foreach (var placement in added)
            {
                occupancy.Remove(placement);
            }
        }

        foreach (var placement in before)
        {
            occupancy.Add(placement);
        }

        return (false, status is CpSolverStatus.Optimal or CpSolverStatus.Infeasible);
    }

    /// <summary>Placed priority, then attendees, as one comparable number.</summary>
    private static (long, long) Value(List<Placement> placements) =>
        (placements.Sum(p => (long)p.Request.Priority), placements.Sum(p => (long)p.Attending.Length));
}
