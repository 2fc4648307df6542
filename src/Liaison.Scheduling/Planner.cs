using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>
/// Builds a conflict-free programme from a scenario with OR-Tools CP-SAT, says why each request left
/// out could not be placed, bounds the best achievable value, and re-plans after changes while
/// keeping unaffected meetings in place. The strategies, the bound and the re-planning rule are
/// described in docs/scheduling.md.
/// </summary>
/// <remarks>
/// Steps: check each request alone (static reasons); hold the locked meetings; search with the
/// monolithic model or by large-neighbourhood search; place greedily any request that still fits;
/// name what crowds out each request still left. An instance may be used for several plans, one at a
/// time or concurrently: it holds no state beyond the clock.
/// </remarks>
public sealed class Planner
{
    /// <summary>Share of the time limit kept, in the monolithic strategy, for the relaxation bound when CP-SAT does not prove optimality.</summary>
    private const double RelaxationShare = 0.2;

    private readonly TimeProvider _time;

    /// <summary>Creates a planner.</summary>
    /// <param name="time">Clock used for the time limit and the wall time reported.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="time"/> is null.</exception>
    public Planner(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Plans the scenario's requests.</summary>
    /// <param name="scenario">The scenario; any number of requests, including none or more than fit.</param>
    /// <param name="options">Time limit for the whole call, workers, seed and strategy.</param>
    /// <param name="progress">Receives a report on each improvement and one when done, on the solver's thread; or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the search; the best programme found so far is returned, not an exception.</param>
    /// <returns>
    /// Meetings sorted by start then room id; unplaced requests in scenario order, each with its reason;
    /// the placed priority, a valid upper bound on it, and whether it is optimal.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">When the time limit is not positive or there are no workers.</exception>
    public PlanResult Plan(Scenario scenario, PlannerOptions options, IProgress<PlannerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (settings, problem, occupancy, lockClashes) = Start(scenario, options, progress, cancellationToken);
        var free = problem.Requests.Where(r => !r.IsLocked).ToList();
        var strategy = options.Strategy != PlanningStrategy.Auto ? options.Strategy
            : free.Count <= options.MonolithicRequestLimit ? PlanningStrategy.Monolithic : PlanningStrategy.LargeNeighbourhood;
        var (bound, method, proved) = (CapacityBound.Quick(problem), BoundMethod.Relaxation, false);
        if (strategy == PlanningStrategy.Monolithic)
        {
            // The relaxation is computed only when CP-SAT did not prove optimality (its bound is then the objective), in the time kept for it.
            var relaxationTime = settings.Remaining() * RelaxationShare;
            var (solverBound, optimal) = new TwoPhaseSearch(settings).Run(occupancy, free, warmStart: options.Strategy == PlanningStrategy.Auto, relaxationTime);
            if (!optimal)
            {
                settings.NoteLimitReached();
            }

            var relaxation = optimal ? solverBound : Relax(settings, problem);
            (bound, method, proved) = solverBound <= relaxation ? (solverBound, BoundMethod.Solver, optimal) : (relaxation, BoundMethod.Relaxation, optimal);

            // Only when the solver stopped early can a request still fit.
            LargeNeighbourhoodSearch.Construct(occupancy, free);
        }
        else
        {
            bound = new LargeNeighbourhoodSearch(settings).Run(occupancy, free, bound, problem);
        }

        return Finish(settings, problem, occupancy, lockClashes, bound, proved) with { Strategy = strategy, BoundMethod = method };
    }

    /// <summary>
    /// Re-plans after changes: keeps every meeting of <paramref name="previous"/> that is still valid in
    /// <paramref name="scenario"/> exactly where it is, and re-places the meetings the changes force out and the
    /// requests not held before where they can, highest priority first. With <see cref="PlannerOptions.AllowMovesToPlaceMore"/>
    /// another meeting may move when that lets strictly more priority be placed, then as few as possible. Locked meetings never move.
    /// </summary>
    /// <param name="scenario">The changed scenario: cancelled requests removed, new ones added, presence, blocks, rooms or interpreters changed.</param>
    /// <param name="previous">The programme in force, as planned for the scenario before the changes.</param>
    /// <param name="options">Time limit for the whole call, workers, seed and whether unaffected meetings may move (the strategy is not used).</param>
    /// <param name="progress">Receives progress reports, or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the search; the best programme found so far is returned.</param>
    /// <returns>The new plan and, for every request held before or now, whether it was kept, moved, dropped or newly placed, and why.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the time limit is not positive or there are no workers.</exception>
    public ReplanResult Replan(Scenario scenario, Programme previous, PlannerOptions options, IProgress<PlannerProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(previous);
        var (settings, problem, occupancy, lockClashes) = Start(scenario, options, progress, cancellationToken);
        var bound = Relax(settings, problem);
        settings.Report(PlannerPhase.Replanning, null, bound);
        var replanning = new Replanning(settings, problem, occupancy, options.AllowMovesToPlaceMore);
        replanning.Run(previous);
        var plan = Finish(settings, problem, occupancy, lockClashes, bound, false) with
        {
            Strategy = PlanningStrategy.LargeNeighbourhood,
            BoundMethod = BoundMethod.Relaxation,
        };
        return new ReplanResult(plan, replanning.Changes(previous, plan.Programme));
    }

    private (SolverSettings, PlanningProblem, Occupancy, List<UnplacedRequest>) Start(Scenario scenario, PlannerOptions options,
        IProgress<PlannerProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TimeLimit, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1, nameof(options));
        var started = _time.GetTimestamp();
        var settings = new SolverSettings(options, () => _time.GetElapsedTime(started), progress, cancellationToken);
        settings.Report(PlannerPhase.CheckingRequests, null, null);
        var problem = PlanningProblem.Build(scenario);
        var occupancy = new Occupancy(problem);
        return (settings, problem, occupancy, HoldLocks(problem, occupancy));
    }

    /// <summary>The capacity relaxation's bound, reported as the <see cref="PlannerPhase.Bounding"/> phase.</summary>
    private static long Relax(SolverSettings settings, PlanningProblem problem)
    {
        settings.Report(PlannerPhase.Bounding, null, null);
        return CapacityBound.Within(problem, settings);
    }

    /// <summary>Holds each locked request at its lock, in scenario order; one clashing with an earlier lock is reported.</summary>
    private static List<UnplacedRequest> HoldLocks(PlanningProblem problem, Occupancy occupancy)
    {
        var clashes = new List<UnplacedRequest>();
        foreach (var request in problem.Requests.Where(r => r.IsLocked))
        {
            if (occupancy.TryPlaceAt(request, request.Starts[0], request.Rooms[0]) is null)
            {
                var blockers = Crowding.Of(occupancy, request).Blockers.Select(b => b.By.Request.Id).Distinct().Order(StringComparer.Ordinal);
                clashes.Add(new UnplacedRequest(request.Request.Id, UnplacedReason.LockInfeasible, ReasonText.LockClash(problem, request.Request, blockers)));
            }
        }

        return clashes;
    }

    /// <summary>Names what crowds out each request left, and assembles the result.</summary>
    private static PlanResult Finish(SolverSettings settings, PlanningProblem problem, Occupancy occupancy, List<UnplacedRequest> lockClashes, long bound, bool proved)
    {
        settings.Report(PlannerPhase.FindingReasons, occupancy.PlacedPriority, bound);
        var clashed = lockClashes.Select(c => c.RequestId).ToHashSet(StringComparer.Ordinal);
        var crowdedOut = problem.Requests
            .Where(r => occupancy.PlacementOf(r) is null && !clashed.Contains(r.Request.Id))
            .AsParallel()
            .Select(r =>
            {
                if (settings.Stopping)
                {
                    return new UnplacedRequest(r.Request.Id, UnplacedReason.CrowdedOut, ReasonText.CrowdedOutUnexamined);
                }

                var (blockers, roomsFull, interpretersFull) = Crowding.Of(occupancy, r);
                return new UnplacedRequest(r.Request.Id, UnplacedReason.CrowdedOut, ReasonText.CrowdedOut(r, blockers, roomsFull, interpretersFull));
            })
            .ToList();
        if (crowdedOut.Any(u => string.Equals(u.Detail, ReasonText.CrowdedOutUnexamined, StringComparison.Ordinal)))
        {
            settings.NoteLimitReached();
        }

        var order = problem.Scenario.Requests.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var unplaced = problem.Impossible.Concat(lockClashes).Concat(crowdedOut).OrderBy(u => order[u.RequestId]).ToList();
        var meetings = occupancy.Placements
            .Select(p => ToMeeting(problem, p))
            .OrderBy(m => m.Time.Start)
            .ThenBy(m => m.RoomId, StringComparer.Ordinal)
            .ToList();
        var value = occupancy.PlacedPriority;
        settings.Report(PlannerPhase.Done, value, bound);
        return new PlanResult(new Programme(meetings, unplaced), new ObjectiveReport(value, bound, proved || value >= bound), settings.Elapsed())
        {
            OptionalAttendance = occupancy.Attendance,
            LimitReached = settings.LimitReached,
        };
    }

    /// <summary>The domain meeting of a placement: required participants, then the optional attendees who attend.</summary>
    private static ScheduledMeeting ToMeeting(PlanningProblem problem, Placement placement) => new(
        placement.Request.Id,
        problem.Timeline.ToInterval(placement.Start, placement.Plannable.Duration),
        placement.Room.Id,
        [.. placement.Plannable.ParticipantIds, .. placement.Attending.Select(p => problem.ParticipantIds[p])],
        placement.Interpreter is { } interpreter ? [interpreter.Id] : [],
        placement.Plannable.IsLocked);
}
