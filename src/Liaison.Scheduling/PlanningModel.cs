using Google.OrTools.Sat;
using CpDomain = Google.OrTools.Util.Domain;
using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// The CP-SAT model of the hard rules over a <see cref="PlanningProblem"/>, with the two
/// objectives the planner solves one after the other (see docs/scheduling.md).
/// </summary>
/// <remarks>
/// Time is whole minutes on the <see cref="Timeline"/>. Each request has a presence literal and a
/// start whose domain holds only the starts where all its participants are free, so availability,
/// working days and the planning step need no constraint of their own. Rooms, interpreters and
/// participants are resources: each gets one no-overlap constraint over optional intervals.
/// </remarks>
internal sealed class PlanningModel
{
    private readonly PlanningProblem _problem;
    private readonly List<RequestVariables> _requests = [];

    /// <summary>Builds the variables and the hard constraints.</summary>
    public PlanningModel(PlanningProblem problem)
    {
        _problem = problem;
        var roomIntervals = new Dictionary<Room, List<IntervalVar>>();
        var interpreterIntervals = new Dictionary<Interpreter, List<IntervalVar>>();
        var participantIntervals = new Dictionary<string, List<IntervalVar>>(StringComparer.Ordinal);
        foreach (var request in problem.Requests)
        {
            var id = request.Request.Id;
            var placed = Model.NewBoolVar($"placed[{id}]");
            var start = Model.NewIntVarFromDomain(CpDomain.FromValues(request.Starts), $"start[{id}]");

            // Exactly one suitable room when placed; the room is busy for the meeting itself.
            var rooms = request.Rooms.Select(r => (r, Model.NewBoolVar($"room[{id},{r.Id}]"))).ToList();
            Model.Add(LinearExpr.Sum(rooms.Select(r => r.Item2)) == placed);
            foreach (var (room, literal) in rooms)
            {
                Add(roomIntervals, room, Model.NewOptionalFixedSizeIntervalVar(start, request.Duration, literal, $"in[{id},{room.Id}]"));
            }

            // Exactly one interpreter when needed, available throughout: the start lies in their starts.
            var interpreters = request.Interpreters.Select(o => (o.Interpreter, Model.NewBoolVar($"interpreter[{id},{o.Interpreter.Id}]"))).ToList();
            if (request.NeedsInterpreter)
            {
                Model.Add(LinearExpr.Sum(interpreters.Select(i => i.Item2)) == placed);
            }

            foreach (var (option, (interpreter, literal)) in request.Interpreters.Zip(interpreters))
            {
                Model.AddLinearExpressionInDomain(start, CpDomain.FromValues(option.Starts)).OnlyEnforceIf(literal);
                Add(interpreterIntervals, interpreter, Model.NewOptionalFixedSizeIntervalVar(start, request.Duration, literal, $"interprets[{id},{interpreter.Id}]"));
            }

            // Each participant is busy for the meeting; a principal also for the protocol buffer after it.
            foreach (var participant in request.ParticipantIds)
            {
                var length = request.Duration + (problem.IsPrincipal(participant) ? problem.Timeline.ProtocolBuffer : 0);
                Add(participantIntervals, participant, Model.NewOptionalFixedSizeIntervalVar(start, length, placed, $"attends[{id},{participant}]"));
            }

            _requests.Add(new RequestVariables(request, placed, start, rooms, interpreters, DayLiterals(request, placed, start)));
        }

        foreach (var intervals in roomIntervals.Values.Concat(interpreterIntervals.Values).Concat(participantIntervals.Values))
        {
            Model.AddNoOverlap(intervals);
        }

        PlacedPriority = LinearExpr.WeightedSum(_requests.Select(r => r.Placed), _requests.Select(r => (long)r.Plannable.Request.Priority));
    }

    /// <summary>The CP-SAT model.</summary>
    public CpModel Model { get; } = new();

    /// <summary>Sum of the priorities of the placed requests: the first objective, reported as the programme's value.</summary>
    public LinearExpr PlacedPriority { get; }

    /// <summary>Phase 1: place the greatest priority-weighted number of requests.</summary>
    public void MaximisePlacedPriority() => Model.Maximize(PlacedPriority);

    /// <summary>
    /// Phase 2: keep at least <paramref name="placedPriority"/> and minimise the secondary cost,
    /// starting from <paramref name="hint"/> (the phase-1 programme).
    /// </summary>
    public void MinimiseSecondaryCost(long placedPriority, IReadOnlyCollection<Placement> hint)
    {
        Model.Add(PlacedPriority >= placedPriority);
        // Minimize replaces the phase-1 objective.
        Model.Minimize(SecondaryCost.Build(_problem, Model, _requests));
        Model.ClearHints();
        foreach (var variables in _requests)
        {
            var placement = hint.FirstOrDefault(p => p.Plannable == variables.Plannable);
            Model.AddHint(variables.Placed, placement is not null);
            Model.AddHint(variables.Start, placement?.Start ?? variables.Plannable.Starts[0]);
            foreach (var (room, literal) in variables.Rooms)
            {
                Model.AddHint(literal, placement?.Room == room);
            }

            foreach (var (interpreter, literal) in variables.Interpreters)
            {
                Model.AddHint(literal, placement?.Interpreter == interpreter);
            }
        }
    }

    /// <summary>Reads the programme of the solver's last solution.</summary>
    public List<Placement> Read(CpSolver solver) =>
        _requests
            .Where(r => solver.BooleanValue(r.Placed))
            .Select(r => new Placement(
                r.Plannable,
                solver.Value(r.Start),
                r.Rooms.First(x => solver.BooleanValue(x.Literal)).Room,
                r.Interpreters.FirstOrDefault(x => solver.BooleanValue(x.Literal)).Interpreter))
            .ToList();

    /// <summary>
    /// For a request whose starts fall on several days, one literal per day (exactly one true when
    /// placed) tying the start to that day; for a one-day request, the presence literal itself.
    /// </summary>
    private List<(int Day, BoolVar Literal)> DayLiterals(PlannableRequest request, BoolVar placed, IntVar start)
    {
        var byDay = request.Starts.GroupBy(_problem.Timeline.DayOf).ToList();
        if (byDay.Count == 1)
        {
            return [(byDay[0].Key, placed)];
        }

        var days = byDay.Select(g => (g.Key, Model.NewBoolVar($"day[{request.Request.Id},{g.Key}]"))).ToList();
        Model.Add(LinearExpr.Sum(days.Select(d => d.Item2)) == placed);
        foreach (var (group, (_, literal)) in byDay.Zip(days))
        {
            Model.AddLinearExpressionInDomain(start, CpDomain.FromValues([.. group])).OnlyEnforceIf(literal);
        }

        return days;
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
