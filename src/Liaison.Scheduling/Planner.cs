using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>
/// Builds a conflict-free programme from a scenario with OR-Tools CP-SAT, and says why each
/// request left out could not be placed. The model and the objective are described in
/// docs/scheduling.md.
/// </summary>
/// <remarks>
/// Steps: check each request alone (static reasons); solve placement, then compact days and
/// preferred windows, under one time limit; place greedily any request that still fits (when the
/// solver stopped early); name what crowds out each request still left.
/// An instance may be used for several plans, one at a time or concurrently: it holds no state
/// beyond the clock.
/// </remarks>
public sealed class Planner
{
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
    /// <param name="options">Time limit for the whole call, workers and seed.</param>
    /// <param name="progress">Receives a report on each improving solution and one when done, on the solver's thread; or <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the search; the best programme found so far is returned, not an exception.</param>
    /// <returns>
    /// Meetings sorted by start then room id; unplaced requests in scenario order, each with its reason;
    /// the placed priority, CP-SAT's proven bound on it, and whether it is optimal.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">When the time limit is not positive or there are no workers.</exception>
    public PlanResult Plan(Scenario scenario, PlannerOptions options, IProgress<PlannerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TimeLimit, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1, nameof(options));

        var started = _time.GetTimestamp();
        TimeSpan Elapsed() => _time.GetElapsedTime(started);

        var problem = PlanningProblem.Build(scenario);
        var outcome = new TwoPhaseSearch(options, progress, Elapsed).Run(problem, cancellationToken);
        var occupancy = new Occupancy(problem, outcome.Placements);
        var crowdedOut = FillAndDiagnose(problem, occupancy);

        var order = scenario.Requests.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var unplaced = problem.Impossible.Concat(crowdedOut).OrderBy(u => order[u.RequestId]).ToList();
        var meetings = occupancy.Placements
            .Select(p => ToMeeting(problem.Timeline, p))
            .OrderBy(m => m.Time.Start)
            .ThenBy(m => m.RoomId, StringComparer.Ordinal)
            .ToList();

        var value = occupancy.Placements.Sum(p => (long)p.Request.Priority);
        var objective = new ObjectiveReport(value, outcome.Bound, outcome.ProvedOptimal || value >= outcome.Bound);
        progress?.Report(new PlannerProgress(Elapsed(), "done", value, outcome.Bound));
        return new PlanResult(new Programme(meetings, unplaced), objective, Elapsed());
    }

    /// <summary>
    /// Places, highest priority first, any plannable request the solver left out that still fits
    /// (possible only when it stopped early), then names what blocks each one left.
    /// </summary>
    private static List<UnplacedRequest> FillAndDiagnose(PlanningProblem problem, Occupancy occupancy)
    {
        var placed = occupancy.Placements.Select(p => p.Plannable).ToHashSet();
        var left = problem.Requests
            .Where(r => !placed.Contains(r))
            .OrderByDescending(r => r.Request.Priority)
            .Where(r => !occupancy.TryAdd(r))
            .ToList();
        return left
            .Select(r => new UnplacedRequest(r.Request.Id, UnplacedReason.CrowdedOut, ReasonText.CrowdedOut(r.Request, occupancy.BlockersOf(r))))
            .ToList();
    }

    private static ScheduledMeeting ToMeeting(Timeline timeline, Placement placement) => new(
        placement.Request.Id,
        timeline.ToInterval(placement.Start, placement.Plannable.Duration),
        placement.Room.Id,
        placement.Plannable.ParticipantIds,
        placement.Interpreter is { } interpreter ? [interpreter.Id] : []);
}
