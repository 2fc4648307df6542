using Google.OrTools.Sat;
using CpDomain = Google.OrTools.Util.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// The CP-SAT model of the hard rules over some free requests, around the meetings already held
/// outside the model (locks, kept meetings, the rest of the programme in a neighbourhood search).
/// With every request free it is the monolithic model. See docs/scheduling.md.
/// </summary>
/// <remarks>
/// Time is whole minutes on the <see cref="Timeline"/>. Each request has a presence literal and a
/// start whose domain holds only the starts where its required participants are free and clear of
/// the meetings held outside, so availability, working days and the step need no constraint. A
/// request picks a room (small models) or a room class (cumulative constraint of the class's size,
/// with the meetings held outside as fixed demand, the room given after the solve); each interpreter and each
/// participant gets a no-overlap constraint (a principal's intervals include the protocol buffer).
/// The objective is lexicographic in one weighted sum: placed priority, then kept places (when
/// rewarded), then optional attendees.
/// </remarks>
internal sealed class PlanningModel
{
    /// <summary>
    /// Up to this many (request, suitable room) pairs, the model chooses rooms one by one, with the meetings held in
    /// each as fixed intervals: exact beside held meetings. Above it, it chooses room classes (see <see cref="RoomClass"/>).
    /// </summary>
    private const long RoomByRoomLimit = 6000;

    private readonly Occupancy _held;
    private readonly List<RequestVariables> _requests = [];

    /// <summary>Builds the variables, the hard constraints and the objective.</summary>
    /// <param name="held">The meetings held outside the model; the free requests must not be in it.</param>
    /// <param name="free">The requests the model may place.</param>
    /// <param name="rewardStaying">Whether keeping an incumbent's place is worth more than any attendance (re-planning).</param>
    public PlanningModel(Occupancy held, IReadOnlyList<FreeRequest> free, bool rewardStaying)
    {
        _held = held;
        HeldPriority = held.PlacedPriority;
        var problem = held.Problem;
        var classIntervals = new Dictionary<RoomClass, List<IntervalVar>>();
        var interpreterIntervals = new Dictionary<int, List<IntervalVar>>();
        var participantIntervals = new Dictionary<int, List<IntervalVar>>();
        var singles = free.Sum(f => (long)f.Plannable.Rooms.Count) <= RoomByRoomLimit
            ? problem.Scenario.Rooms.ToDictionary(r => r, RoomClass.Single)
            : null;
        foreach (var f in free)
        {
            var request = f.Plannable;
            var starts = f.Starts.Where(s => held.RequiredFree(request, s, null)).ToArray();
            var classes = singles is null
                ? request.RoomClasses.Where(c => starts.Any(s => !held.ClassFull(c, s, s + request.Duration))).ToList()
                : request.Rooms.Where(r => starts.Any(s => held.RoomFree(request, s, r))).Select(r => singles[r]).ToList();
            if (starts.Length == 0 || classes.Count == 0)
            {
                continue;
            }

            var id = request.Request.Id;
            var placed = Model.NewBoolVar($"placed[{id}]");
            var start = Model.NewIntVarFromDomain(CpDomain.FromValues(starts), $"start[{id}]");
            var classLiterals = classes.Select(c => (c, Model.NewBoolVar($"class[{id},{c.Index}]"))).ToList();
            Model.Add(LinearExpr.Sum(classLiterals.Select(c => c.Item2)) == placed);
            foreach (var (roomClass, literal) in classLiterals)
            {
                Add(classIntervals, roomClass, Model.NewOptionalFixedSizeIntervalVar(start, request.Duration, literal, $"in[{id},{roomClass.Index}]"));
                if (problem.HasTravel)
                {
                    RestrictTo(start, starts.Where(s => held.RequiredFree(request, s, roomClass.Sample)), starts, literal);
                }
            }

            // Exactly one interpreter when needed, available throughout: the start lies in their starts.
            var interpreters = request.Interpreters.Select(o => (o.Interpreter, Model.NewBoolVar($"interpreter[{id},{o.Interpreter.Id}]"))).ToList();
            if (request.NeedsInterpreter)
            {
                Model.Add(LinearExpr.Sum(interpreters.Select(i => i.Item2)) == placed);
            }

            foreach (var (option, (interpreter, literal)) in request.Interpreters.Zip(interpreters))
            {
                RestrictTo(start, option.Starts.Where(s => held.InterpreterFree(interpreter, s, s + request.Duration)), null, literal);
                Add(interpreterIntervals, problem.InterpreterIndex(interpreter), Model.NewOptionalFixedSizeIntervalVar(start, request.Duration, literal, $"interprets[{id},{interpreter.Id}]"));
            }

            var optional = new List<(int, BoolVar)>();
            foreach (var o in request.Optional)
            {
                var attends = Model.NewBoolVar($"attends[{id},{problem.ParticipantIds[o]}]");
                Model.AddImplication(attends, placed);
                RestrictTo(start, starts.Where(s => held.ParticipantFree(o, s, request.Duration, null)), null, attends);
                foreach (var (roomClass, literal) in classLiterals.Where(_ => problem.HasTravel))
                {
                    Model.AddLinearExpressionInDomain(start, CpDomain.FromValues([.. starts.Where(s => held.ParticipantFree(o, s, request.Duration, roomClass.Sample))]))
                        .OnlyEnforceIf([attends, literal]);
                }

                optional.Add((o, attends));
            }

            var variables = new RequestVariables(f, starts, placed, start, classLiterals, interpreters, optional, rewardStaying && f.Incumbent is not null ? Model.NewBoolVar($"stay[{id}]") : null);
            foreach (var (p, literal) in variables.Attendance)
            {
                Add(participantIntervals, p, Model.NewOptionalFixedSizeIntervalVar(start, request.Duration + problem.Buffers[p], literal, $"attends[{id},{p}]"));
            }

            AddStay(variables);
            _requests.Add(variables);
        }

        AddResources(classIntervals, interpreterIntervals, participantIntervals);
        if (problem.HasTravel)
        {
            TravelConstraints.Add(Model, problem, _requests);
        }

        var attendance = _requests.Sum(r => r.Optional.Count);
        var stays = _requests.Count(r => r.Stay is not null);
        StayWeight = attendance + 1L;
        PriorityWeight = StayWeight * (stays + 1L);
        PlacedPriority = LinearExpr.WeightedSum(_requests.Select(r => r.Placed), _requests.Select(r => (long)r.Plannable.Request.Priority));
        Objective = LinearExpr.NewBuilder()
            .AddWeightedSum(_requests.Select(r => r.Placed), _requests.Select(r => PriorityWeight * r.Plannable.Request.Priority))
            .AddWeightedSum(_requests.Where(r => r.Stay is not null).Select(r => r.Stay!), _requests.Where(r => r.Stay is not null).Select(_ => StayWeight))
            .AddSum(_requests.SelectMany(r => r.Optional.Select(o => o.Literal)));
        Model.Maximize(Objective);
        Hint();
    }

    /// <summary>The CP-SAT model.</summary>
    public CpModel Model { get; } = new();

    /// <summary>The variables of the requests in the model (free requests with no start left are not).</summary>
    public IReadOnlyList<RequestVariables> Requests => _requests;

    /// <summary>Sum of the priorities of the meetings held outside the model when it was built.</summary>
    public long HeldPriority { get; }

    /// <summary>Sum of the priorities of the placed free requests.</summary>
    public LinearExpr PlacedPriority { get; }

    /// <summary>The weighted objective maximised: placed priority × <see cref="PriorityWeight"/> + kept places × <see cref="StayWeight"/> + attendees.</summary>
    public LinearExpr Objective { get; }

    /// <summary>Weight of one unit of priority in <see cref="Objective"/>: more than every kept place and attendee together.</summary>
    public long PriorityWeight { get; }

    /// <summary>Weight of one kept place in <see cref="Objective"/>: more than every attendee together.</summary>
    public long StayWeight { get; }

    /// <summary>
    /// Admits only solutions strictly better than the incumbents of the free requests (the hint), so that the
    /// solver spends its time on improvements and can prove there is none (the model becomes infeasible).
    /// </summary>
    public void RequireImprovement()
    {
        var incumbent = _requests.Where(r => r.Free.Incumbent is not null).Sum(r =>
            (PriorityWeight * r.Plannable.Request.Priority) + (r.Stay is null ? 0 : StayWeight) + r.Free.Incumbent!.Attending.Length);
        Model.Add(Objective >= incumbent + 1);
    }

    /// <summary>
    /// Keeps the objective at least <paramref name="objective"/> and minimises the secondary cost instead
    /// (monolithic phase 2), hinting the solver's last solution.
    /// </summary>
    public void MinimiseSecondaryCost(long objective, CpSolver solver)
    {
        var values = _requests.Select(r => (r, solver.BooleanValue(r.Placed), solver.Value(r.Start))).ToList();
        Model.Add(Objective >= objective);
        Model.Minimize(SecondaryCost.Build(_held.Problem, Model, _requests));
        Model.ClearHints();
        foreach (var (r, placed, start) in values)
        {
            Model.AddHint(r.Placed, placed);
            Model.AddHint(r.Start, start);
        }
    }

    /// <summary>
    /// Adds the solver's programme to the occupancy the model was built on, giving each meeting, earliest first, a
    /// room of its class (its incumbent room when free, else the free room busy again soonest), and returns the placements added.
    /// A meeting whose class has no single room free throughout (possible only beside meetings held
    /// outside the model) is left out and returned in <paramref name="unroomed"/>.
    /// </summary>
    public List<Placement> Apply(CpSolver solver, out List<PlannableRequest> unroomed)
    {
        var added = new List<Placement>();
        unroomed = [];
        foreach (var r in _requests.Where(r => solver.BooleanValue(r.Placed)).OrderBy(r => solver.Value(r.Start)).ThenBy(r => r.Stay is null))
        {
            var start = solver.Value(r.Start);
            var roomClass = r.Classes.First(c => solver.BooleanValue(c.Literal)).Class;
            var incumbent = r.Free.Incumbent?.Room;
            var room = incumbent is not null && roomClass.Rooms.Contains(incumbent) && _held.RoomFree(r.Plannable, start, incumbent)
                ? incumbent
                : roomClass.Rooms.Where(x => _held.RoomFree(r.Plannable, start, x)).MinBy(x => NextBusy(x, start));
            if (room is null)
            {
                unroomed.Add(r.Plannable);
                continue;
            }

            var interpreter = r.Interpreters.FirstOrDefault(x => solver.BooleanValue(x.Literal)).Interpreter;
            var attending = r.Optional.Where(o => solver.BooleanValue(o.Literal)).Select(o => o.Participant).ToArray();
            var placement = new Placement(r.Plannable, start, room, interpreter, attending);
            _held.Add(placement);
            added.Add(placement);
        }

        return added;
    }

    /// <summary>When the room is next busy after <paramref name="start"/>: the tightest fit leaves the longest free stretches to later meetings.</summary>
    private long NextBusy(Domain.Room room, long start) =>
        _held.MeetingsIn(_held.Problem.RoomIndex(room)).Where(q => q.Start >= start).Select(q => q.Start).DefaultIfEmpty(long.MaxValue).Min();

    /// <summary>Hints the incumbent programme: every free request where it is held, the others out.</summary>
    private void Hint()
    {
        foreach (var r in _requests)
        {
            var incumbent = r.Free.Incumbent;
            var held = incumbent is not null && Array.BinarySearch(r.Starts, incumbent.Start) >= 0;
            Model.AddHint(r.Placed, held);
            if (!held)
            {
                continue;
            }

            Model.AddHint(r.Start, incumbent!.Start);
            foreach (var (roomClass, literal) in r.Classes)
            {
                Model.AddHint(literal, roomClass.Rooms.Contains(incumbent.Room));
            }

            foreach (var (interpreter, literal) in r.Interpreters)
            {
                Model.AddHint(literal, interpreter == incumbent.Interpreter);
            }

            foreach (var (participant, literal) in r.Optional)
            {
                Model.AddHint(literal, incumbent.Attending.Contains(participant));
            }
        }
    }

    /// <summary>Staying means the incumbent's start, room class and interpreter.</summary>
    private void AddStay(RequestVariables r)
    {
        if (r.Stay is not { } stay)
        {
            return;
        }

        var incumbent = r.Free.Incumbent!;
        var roomClass = r.Classes.FirstOrDefault(c => c.Class.Rooms.Contains(incumbent.Room));
        var interpreter = r.Interpreters.FirstOrDefault(i => i.Interpreter == incumbent.Interpreter);
        if (Array.BinarySearch(r.Starts, incumbent.Start) < 0 || roomClass.Literal is null || (incumbent.Interpreter is not null && interpreter.Literal is null))
        {
            Model.Add(stay == 0);
            return;
        }

        Model.Add(r.Start == incumbent.Start).OnlyEnforceIf(stay);
        Model.AddImplication(stay, roomClass.Literal);
        if (interpreter.Literal is not null)
        {
            Model.AddImplication(stay, interpreter.Literal);
        }
    }

    /// <summary>
    /// One no-overlap per room chosen one by one, with its held meetings as fixed intervals; one cumulative per room
    /// class, with the rooms held outside the model as fixed demand (one interval per stretch of constant load, so a
    /// full day costs a few intervals); one no-overlap per interpreter and per participant (their meetings held
    /// outside are already cut from the starts).
    /// </summary>
    private void AddResources(Dictionary<RoomClass, List<IntervalVar>> classIntervals, Dictionary<int, List<IntervalVar>> interpreterIntervals,
        Dictionary<int, List<IntervalVar>> participantIntervals)
    {
        var from = _requests.Count == 0 ? 0 : _requests.Min(r => r.Starts[0]);
        var to = _requests.Count == 0 ? 0 : _requests.Max(r => r.Starts[^1] + r.Plannable.Duration);
        foreach (var (roomClass, intervals) in classIntervals.Where(c => c.Key.IsSingleRoom))
        {
            intervals.AddRange(_held.MeetingsIn(_held.Problem.RoomIndex(roomClass.Sample))
                .Where(q => q.Start < to && from < q.End)
                .Select(q => Model.NewFixedSizeIntervalVar(q.Start, q.Plannable.Duration, $"held[{q.Request.Id}]")));
            Model.AddNoOverlap(intervals);
        }

        foreach (var (roomClass, intervals) in classIntervals.Where(c => !c.Key.IsSingleRoom))
        {
            var demands = Enumerable.Repeat(1L, intervals.Count).ToList();
            var load = _held.ClassLoad(roomClass);
            for (var m = from; m < to;)
            {
                var end = m + 1;
                while (end < to && load[(int)end] == load[(int)m])
                {
                    end++;
                }

                if (load[(int)m] > 0)
                {
                    intervals.Add(Model.NewFixedSizeIntervalVar(m, end - m, $"held[{roomClass.Index},{m}]"));
                    demands.Add(load[(int)m]);
                }

                m = end;
            }

            var cumulative = Model.AddCumulative(roomClass.Rooms.Count);
            cumulative.AddDemands(intervals, demands);
        }

        foreach (var intervals in interpreterIntervals.Values.Concat(participantIntervals.Values).Where(i => i.Count > 1))
        {
            Model.AddNoOverlap(intervals);
        }
    }

    /// <summary>Restricts the start to <paramref name="allowed"/> when <paramref name="literal"/> holds, unless that restricts nothing.</summary>
    private void RestrictTo(IntVar start, IEnumerable<long> allowed, long[]? all, BoolVar literal)
    {
        var values = allowed.ToArray();
        if (all is not null && values.Length == all.Length)
        {
            return;
        }

        Model.AddLinearExpressionInDomain(start, CpDomain.FromValues(values)).OnlyEnforceIf(literal);
    }

    private static void Add<TKey>(Dictionary<TKey, List<IntervalVar>> map, TKey key, IntervalVar interval)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(interval);
    }
}
