using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// The large-instance strategy: a greedy construction (highest priority first, then most constrained
/// first) on the indexed <see cref="Occupancy"/>, then large-neighbourhood search: free a neighbourhood
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

    private readonly SolverSettings _settings;

    /// <summary>Creates the search.</summary>
    public LargeNeighbourhoodSearch(SolverSettings settings)
    {
        _settings = settings;
    }

    /// <summary>Places as many of <paramref name="requests"/> as it can around the meetings already in <paramref name="occupancy"/>.</summary>
    /// <param name="occupancy">The programme so far (locks, kept meetings); receives the placements.</param>
    /// <param name="requests">The requests to place.</param>
    /// <param name="bound">The bound to report with progress and to stop at.</param>
    public void Run(Occupancy occupancy, IReadOnlyList<PlannableRequest> requests, long bound)
    {
        Construct(occupancy, requests);
        _settings.Report("greedy construction", occupancy.PlacedPriority, bound);
        var neighbourhoods = new Neighbourhoods(occupancy, requests, _settings.Seed);
        for (var round = 0; occupancy.PlacedPriority < bound && !_settings.Cancelled && _settings.Remaining() > MinimumSolveTime; round++)
        {
            var free = neighbourhoods.Next(round);
            if (free.Count == 0)
            {
                break;
            }

            var (improved, optimal) = Improve(occupancy, free, round);
            neighbourhoods.Adapt(optimal);
            if (improved)
            {
                _settings.Report("improving neighbourhoods", occupancy.PlacedPriority, bound);
            }
        }
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
    private (bool Improved, bool Optimal) Improve(Occupancy occupancy, IReadOnlyList<FreeRequest> free, int round)
    {
        var before = free.Where(f => f.Incumbent is not null).Select(f => f.Incumbent!).ToList();
        foreach (var placement in before)
        {
            occupancy.Remove(placement);
        }

        var model = new PlanningModel(occupancy, free, rewardStaying: false);
        var limit = TimeSpan.FromTicks(Math.Min(_settings.Remaining().Ticks, SubSolveLimit.Ticks));
        using var solver = _settings.NewSolver(limit, _settings.Workers, round);
        var status = _settings.Solve(solver, model, "improving neighbourhoods", null);
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

        return (false, status == CpSolverStatus.Optimal);
    }

    /// <summary>Placed priority, then attendees, as one comparable number.</summary>
    private static (long, long) Value(List<Placement> placements) =>
        (placements.Sum(p => (long)p.Request.Priority), placements.Sum(p => (long)p.Attending.Length));
}
