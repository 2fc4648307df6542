using Google.OrTools.Sat;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>
/// Re-planning after changes (docs/scheduling.md, "Re-planning"): keep each previous meeting that is
/// still valid exactly where it is; place the meetings forced out and the requests not held before in
/// one CP-SAT model around the kept ones (constants), hinted with a greedy placement; then, only when
/// <see cref="PlannerOptions.AllowMovesToPlaceMore"/>, re-solve each request still left out with the
/// requests of its participants, held ones included, rewarding every meeting that stays, accepting
/// only strictly more placed priority.
/// </summary>
internal sealed class Replanning
{
    /// <summary>Share of the time left the model of the waiting requests may use; the rest is for moves and reasons.</summary>
    private const double WaitingShare = 0.5;

    /// <summary>
    /// Longest run of the model of the waiting requests. Re-planning is interactive (a delegation is late, a room is lost) and
    /// the model starts from a greedy placement: on the replan benchmark family it added 0 to 3 priority points between
    /// 0.5 s and 5 s while taking most of the call's time, and on a quiet machine 0.3 s placed the same 4,091 as 0.5 s
    /// (docs/benchmarks.md, "Fourth pass").
    /// </summary>
    private static readonly TimeSpan WaitingCap = TimeSpan.FromSeconds(0.3);

    /// <summary>The model of the waiting requests stops after this long without a better placement.</summary>
    private static readonly TimeSpan WaitingStall = TimeSpan.FromSeconds(0.2);

    /// <summary>Longest single neighbourhood solve.</summary>
    private static readonly TimeSpan SubSolveLimit = TimeSpan.FromMilliseconds(300);

    /// <summary>Largest number of requests freed around one request left out.</summary>
    private const int NeighbourhoodSize = 60;

    private readonly SolverSettings _settings;
    private readonly PlanningProblem _problem;
    private readonly Occupancy _occupancy;
    private readonly Dictionary<string, string> _forced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _movedToPlaceMore = new(StringComparer.Ordinal);
    private readonly bool _allowMoves;

    /// <summary>Re-planning of <paramref name="problem"/> into <paramref name="occupancy"/>, which already holds the locks.</summary>
    public Replanning(SolverSettings settings, PlanningProblem problem, Occupancy occupancy, bool allowMoves)
    {
        _allowMoves = allowMoves;
        _settings = settings;
        _problem = problem;
        _occupancy = occupancy;
    }

    /// <summary>Keeps, re-places and improves, as described above.</summary>
    public void Run(Programme previous)
    {
        var byId = _problem.Requests.ToDictionary(r => r.Request.Id, StringComparer.Ordinal);
        var forcedOut = new List<(PlannableRequest Request, ScheduledMeeting Was)>();
        foreach (var meeting in previous.Meetings.OrderBy(m => m.Time.Start))
        {
            if (!byId.TryGetValue(meeting.RequestId, out var request))
            {
                _forced[meeting.RequestId] = _problem.Scenario.Requests.Any(r => r.Id == meeting.RequestId)
                    ? "The changes leave it no possible time, room or interpreter."
                    : "Its request is cancelled.";
            }
            else if (!request.IsLocked && !Keep(request, meeting))
            {
                forcedOut.Add((request, meeting));
            }
        }

        var waiting = _problem.Requests.Where(r => _occupancy.PlacementOf(r) is null && !r.IsLocked).ToList();
        PlaceWaiting(waiting);
        if (_allowMoves)
        {
            foreach (var request in waiting.Where(r => _occupancy.PlacementOf(r) is null).OrderByDescending(r => r.Request.Priority).ToList())
            {
                if (_settings.Cancelled || _settings.Remaining() < TimeSpan.FromMilliseconds(50))
                {
                    break;
                }

                if (_occupancy.PlacementOf(request) is null)
                {
                    PlaceByMoving(request);
                }
            }
        }

        foreach (var (request, was) in forcedOut.OrderByDescending(f => f.Request.Request.Priority))
        {
            BackToItsTime(request, was);
        }
    }

    /// <summary>One entry per request held before or now; see <see cref="ReplanResult.Changes"/>.</summary>
    public List<MeetingChange> Changes(Programme previous, Programme next)
    {
        var before = previous.Meetings.ToDictionary(m => m.RequestId, StringComparer.Ordinal);
        var after = next.Meetings.ToDictionary(m => m.RequestId, StringComparer.Ordinal);
        var unplaced = next.Unplaced.ToDictionary(u => u.RequestId, StringComparer.Ordinal);
        var changes = new List<MeetingChange>();
        foreach (var id in _problem.Scenario.Requests.Select(r => r.Id))
        {
            var (was, now) = (before.GetValueOrDefault(id), after.GetValueOrDefault(id));
            if (was is not null && now is not null)
            {
                var same = was.Time == now.Time && was.RoomId == now.RoomId && was.InterpreterIds.SequenceEqual(now.InterpreterIds, StringComparer.Ordinal);
                changes.Add(same
                    ? new MeetingChange(id, MeetingChangeKind.Kept, was, now, "The changes do not touch it.")
                    : new MeetingChange(id, MeetingChangeKind.Moved, was, now, _forced.GetValueOrDefault(id)
                        ?? (_movedToPlaceMore.Contains(id) ? "Moved so that more priority could be placed." : "Its lock moved it.")));
            }
            else if (was is not null)
            {
                changes.Add(new MeetingChange(id, MeetingChangeKind.Dropped, was, null,
                    $"{_forced.GetValueOrDefault(id, "It gave way to more priority.")} {unplaced.GetValueOrDefault(id)?.Detail}".TrimEnd()));
            }
            else if (now is not null)
            {
                var leftOutBefore = previous.Unplaced.Any(u => u.RequestId == id);
                changes.Add(new MeetingChange(id, MeetingChangeKind.NewlyPlaced, null, now, leftOutBefore ? "Left out before; there is room for it now." : "A new request."));
            }
        }

        changes.AddRange(previous.Meetings
            .Where(m => !_problem.Scenario.Requests.Any(r => r.Id == m.RequestId))
            .Select(m => new MeetingChange(m.RequestId, MeetingChangeKind.Dropped, m, null, "Its request is cancelled.")));
        return changes;
    }

    /// <summary>
    /// Holds the previous meeting as it was when it still obeys every rule (<c>true</c>); otherwise records why it cannot
    /// stay (<c>false</c>).
    /// </summary>
    private bool Keep(PlannableRequest request, ScheduledMeeting meeting)
    {
        var scenario = _problem.Scenario;
        var unknown = new[] { meeting.RoomId }.Where(id => !scenario.Rooms.Any(r => r.Id == id)).Select(id => $"room {id}")
            .Concat(meeting.InterpreterIds.Where(id => !scenario.Interpreters.Any(i => i.Id == id)).Select(id => $"interpreter {id}"))
            .ToList();
        if (unknown.Count > 0)
        {
            _forced[request.Request.Id] = $"It was held with {string.Join(" and ", unknown)}, no longer available.";
            return false;
        }

        var start = StartOf(meeting);
        var room = scenario.Room(meeting.RoomId);
        var interpreter = meeting.InterpreterIds.Count == 1 ? scenario.Interpreter(meeting.InterpreterIds[0]) : null;
        var attending = request.Optional
            .Where(o => meeting.ParticipantIds.Contains(_problem.ParticipantIds[o]) && _occupancy.ParticipantFree(o, start, request.Duration, room))
            .ToArray();
        var placement = new Placement(request, start, room, interpreter, attending);
        if (request.MayStartAt(start) && _occupancy.Fits(placement))
        {
            _occupancy.Add(placement);
            return true;
        }

        var violations = new List<ProgrammeViolation>();
        ProgrammeValidator.CheckMeeting(scenario, meeting with { ParticipantIds = [.. request.ParticipantIds] }, violations);
        _forced[request.Request.Id] = violations.Count > 0
            ? $"Forced out: {violations[0].Message}"
            : $"Forced out: it clashes with {string.Join(", ", Crowding.Of(_occupancy, request with { Starts = [start] }).Blockers.Select(b => b.By.Request.Id).Distinct().Order(StringComparer.Ordinal).DefaultIfEmpty("a lock"))}.";
        return false;
    }

    /// <summary>
    /// Moves a meeting forced out, once placed elsewhere, back to its previous start in another room (or with another
    /// interpreter) when that is free and keeps at least as many optional attendees: for the delegation and the principal
    /// a change of room is a smaller change than a change of time. Done after everything is placed, it moves a meeting
    /// only into free time, so what is placed and its priority do not change.
    /// </summary>
    private void BackToItsTime(PlannableRequest request, ScheduledMeeting was)
    {
        var start = StartOf(was);
        if (_occupancy.PlacementOf(request) is not { } now || now.Start == start || _problem.Timeline.ToInstant(start) != was.Time.Start
            || !request.MayStartAt(start))
        {
            return;
        }

        _occupancy.Remove(now);
        var back = _occupancy.TryPlaceAt(request, start, _problem.Scenario.Rooms.FirstOrDefault(r => r.Id == was.RoomId));
        if (back is not null && back.Attending.Length < now.Attending.Length)
        {
            _occupancy.Remove(back);
            back = null;
        }

        if (back is null)
        {
            _occupancy.Add(now);
        }
    }

    /// <summary>A previous meeting's start on the timeline (minutes; rounded down to the planning step when off it).</summary>
    private long StartOf(ScheduledMeeting meeting) => _problem.Timeline.ToSpan(new NodaTime.Interval(meeting.Time.Start, meeting.Time.Start)).Start;

    /// <summary>
    /// Places the meetings forced out, the new requests and those left out before in one CP-SAT model around everything
    /// kept, which enters as constants: only the free time the changes left is searched, so the model is small. Hinted
    /// with a greedy placement. Not solved when the greedy placement already holds every request the model kept (a request
    /// with no start left is not in it) with all its optional attendees: nothing better exists. Otherwise stops when proven,
    /// after <see cref="WaitingStall"/> without improvement, after <see cref="WaitingCap"/>, or at half the time left.
    /// </summary>
    private void PlaceWaiting(List<PlannableRequest> waiting)
    {
        var (model, greedy) = TwoPhaseSearch.HintedByGreedy(_occupancy, waiting);
        var greedyPriority = greedy.Sum(p => (long)p.Request.Priority);
        if (greedy.Count == model.Requests.Count && greedy.All(p => p.Attending.Length == p.Plannable.Optional.Length))
        {
            greedy.ForEach(_occupancy.Add);
            return;
        }

        using var solver = _settings.NewSolver(TimeSpan.FromTicks(Math.Min((_settings.Remaining() * WaitingShare).Ticks, WaitingCap.Ticks)), _settings.Workers);
        var status = _settings.Solve(solver, model, PlannerPhase.Replanning, null, WaitingStall);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            && SolverSettings.Floor(solver.ObjectiveValue / model.PriorityWeight) >= greedyPriority)
        {
            model.Apply(solver, out var unroomed);
            LargeNeighbourhoodSearch.Construct(_occupancy, unroomed);
            return;
        }

        greedy.ForEach(_occupancy.Add);
    }

    /// <summary>
    /// Re-solves <paramref name="request"/> with the other requests of its participants, held ones included, rewarding
    /// each that stays; keeps the result only if it places more priority.
    /// </summary>
    private void PlaceByMoving(PlannableRequest request)
    {
        var around = _occupancy.Problem.Requests
            .Where(r => !r.IsLocked && r != request && r.Participants.Any(request.Participants.Contains))
            .Take(NeighbourhoodSize)
            .ToList();
        var free = around.Select(r => new FreeRequest(r, r.Starts, _occupancy.PlacementOf(r))).Prepend(new FreeRequest(request, request.Starts, null)).ToList();
        var before = around.Select(_occupancy.PlacementOf).OfType<Placement>().ToList();
        foreach (var placement in before)
        {
            _occupancy.Remove(placement);
        }

        var model = new PlanningModel(_occupancy, free, rewardStaying: true);
        using var solver = _settings.NewSolver(TimeSpan.FromTicks(Math.Min(SubSolveLimit.Ticks, _settings.Remaining().Ticks)), _settings.Workers, quick: true);
        var status = _settings.Solve(solver, model, PlannerPhase.Replanning, null);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var added = model.Apply(solver, out _);
            if (added.Sum(p => (long)p.Request.Priority) > before.Sum(p => (long)p.Request.Priority))
            {
                var moved = before.Where(b => !added.Any(a => a.Plannable == b.Plannable && a.SamePlaceAs(b))).Select(b => b.Request.Id);
                _movedToPlaceMore.UnionWith(moved);
                return;
            }

            foreach (var placement in added)
            {
                _occupancy.Remove(placement);
            }
        }

        foreach (var placement in before)
        {
            _occupancy.Add(placement);
        }
    }
}
