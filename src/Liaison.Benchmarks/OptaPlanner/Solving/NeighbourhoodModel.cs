using System.Globalization;
using Google.OrTools.Sat;

namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// One CP-SAT model over a neighbourhood: the listed meetings are free (on the given days), every other meeting
/// stays where it is. Hard constraints are constraints: candidate placements conflicting with fixed meetings are
/// left out, and free meetings share rooms and required persons through no-overlap. Medium and soft terms make one
/// objective, medium weighted by a factor larger than any soft difference, so minimising it is lexicographic; medium
/// is also capped at its value in the current placement, so CP-SAT never explores a worse medium.
/// Not thread-safe: build and solve one per call.
/// </summary>
internal sealed class NeighbourhoodModel
{
    private readonly CostModel costs;
    private readonly CpModel model = new();
    private readonly List<FreeMeeting> free = [];
    private readonly LinearExprBuilder medium = LinearExpr.NewBuilder();
    private readonly LinearExprBuilder soft = LinearExpr.NewBuilder();
    private long softRange;
    private long? mediumNow = 0;

    private NeighbourhoodModel(CostModel costs) => this.costs = costs;

    /// <summary>Re-solves the free meetings; null when the model finds nothing within the time limit.</summary>
    /// <param name="costs">The cost split of the instance.</param>
    /// <param name="current">Every meeting's current placement (the hint for the free ones).</param>
    /// <param name="freeMeetings">The meetings to move.</param>
    /// <param name="days">The days the free meetings may be placed on.</param>
    /// <param name="keepRooms">When true, each free meeting keeps its room and only its start moves.</param>
    /// <param name="seconds">CP-SAT's wall-time limit.</param>
    /// <param name="seed">CP-SAT's random seed.</param>
    /// <param name="workers">CP-SAT's workers; with one, and stopped by <paramref name="deterministicTime"/>, a sub-model gives the same result every run.</param>
    /// <param name="deterministicTime">CP-SAT's deterministic time limit (its own work unit); when null, the wall-time limit alone stops it.</param>
    /// <returns>The new placements of all meetings and whether CP-SAT proved the neighbourhood optimal.</returns>
    public static (Placement[] Placements, bool Optimal)? Solve(CostModel costs, Placement[] current,
        IReadOnlyCollection<int> freeMeetings, IReadOnlySet<int> days, bool keepRooms, double seconds, int seed, int workers, double? deterministicTime = null)
    {
        var built = new NeighbourhoodModel(costs);
        if (!built.Build(current, freeMeetings, days, keepRooms))
        {
            return null;
        }

        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{seconds:0.###} num_workers:{workers} random_seed:{seed} catch_sigint_signal:false")
                + (deterministicTime is { } work ? string.Create(CultureInfo.InvariantCulture, $" max_deterministic_time:{work:0.###}") : string.Empty),
        };
        var status = solver.Solve(built.model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var next = (Placement[])current.Clone();
        foreach (var meeting in built.free)
        {
            next[meeting.Meeting] = meeting.ReadSolution(solver);
        }

        return (next, status == CpSolverStatus.Optimal);
    }

    private bool Build(Placement[] current, IReadOnlyCollection<int> freeMeetings, IReadOnlySet<int> days, bool keepRooms)
    {
        var fixedMeetings = Enumerable.Range(0, current.Length).Where(j => !freeMeetings.Contains(j))
            .Select(j => (j, current[j])).ToList();
        foreach (var i in freeMeetings)
        {
            var meeting = AddMeeting(i, current[i], days, keepRooms, fixedMeetings);
            if (meeting is null)
            {
                return false;
            }

            free.Add(meeting);
        }

        AddNoOverlaps();
        for (var a = 0; a < free.Count; a++)
        {
            for (var b = a + 1; b < free.Count; b++)
            {
                new PairTerms(model, costs, medium, soft).Add(free[a], free[b], ref softRange);
                mediumNow -= costs.Pair(free[a].Meeting, free[a].Now, free[b].Meeting, free[b].Now).Medium;
            }
        }

        if (mediumNow is { } cap)
        {
            model.Add(medium <= cap);
        }

        var mediumFactor = softRange + 1;
        model.Minimize(LinearExpr.Affine(medium, mediumFactor, 0) + soft);
        return true;
    }

    private FreeMeeting? AddMeeting(int i, Placement now, IReadOnlySet<int> days, bool keepRooms, List<(int, Placement)> fixedMeetings)
    {
        var starts = CandidatePricing.Starts(costs.Problem, i, days);
        var rooms = keepRooms ? [now.Room] : CandidatePricing.Rooms(costs.Problem, i);
        var prices = CandidatePricing.Price(costs, i, starts, rooms, fixedMeetings);
        var allowed = Enumerable.Range(0, prices.Length).Where(c => prices[c].Hard == 0).ToArray();
        if (allowed.Length == 0)
        {
            return null;
        }

        var candidates = allowed.Select(c => new Placement(starts[c / rooms.Length], rooms[c % rooms.Length])).ToArray();
        var chosen = candidates.Select(_ => model.NewBoolVar(string.Empty)).ToArray();
        model.AddExactlyOne(chosen);
        var nowIndex = Array.IndexOf(candidates, now);
        mediumNow = nowIndex < 0 ? null : mediumNow - prices[allowed[nowIndex]].Medium;
        var cheapest = allowed.Min(c => -prices[c].Soft);
        softRange += allowed.Max(c => -prices[c].Soft) - cheapest;
        for (var k = 0; k < allowed.Length; k++)
        {
            medium.AddTerm(chosen[k], -prices[allowed[k]].Medium);
            soft.AddTerm(chosen[k], -prices[allowed[k]].Soft - cheapest);
            model.AddHint(chosen[k], candidates[k] == now);
        }

        var start = model.NewIntVarFromDomain(Google.OrTools.Util.Domain.FromValues([.. candidates.Select(c => (long)c.Grain).Distinct()]), string.Empty);
        model.Add(start == LinearExpr.WeightedSum(chosen, candidates.Select(c => (long)c.Grain)));
        model.AddHint(start, now.Grain);
        var inRoom = new Dictionary<int, BoolVar>();
        foreach (var room in rooms)
        {
            var literal = model.NewBoolVar(string.Empty);
            model.Add(literal == LinearExpr.Sum(chosen.Where((_, k) => candidates[k].Room == room)));
            model.AddHint(literal, room == now.Room);
            inRoom[room] = literal;
        }

        var duration = costs.Problem.Meetings[i].DurationGrains;
        var interval = model.NewFixedSizeIntervalVar(start, duration, string.Empty);
        return new FreeMeeting(i, duration, candidates, chosen, start, inRoom, interval, now);
    }

    private void AddNoOverlaps()
    {
        for (var room = 0; room < costs.Problem.Rooms.Count; room++)
        {
            var intervals = free.Where(f => f.InRoom.ContainsKey(room))
                .Select(f => model.NewOptionalFixedSizeIntervalVar(f.Start, f.Duration, f.InRoom[room], string.Empty)).ToList();
            if (intervals.Count > 1)
            {
                model.AddNoOverlap(intervals);
            }
        }

        for (var person = 0; person < costs.Problem.Persons.Count; person++)
        {
            var intervals = free.Where(f => costs.Problem.Meetings[f.Meeting].Required.Contains(person)).Select(f => f.Interval).ToList();
            if (intervals.Count > 1)
            {
                model.AddNoOverlap(intervals);
            }
        }
    }
}
