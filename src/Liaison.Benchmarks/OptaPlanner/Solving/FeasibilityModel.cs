using System.Globalization;
using Google.OrTools.Sat;

namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// Phase 1: the hard constraints alone over every meeting, as one CP-SAT model. Each meeting gets a start whose
/// domain keeps it within one day (no overtime, same day) and one literal per room that seats it (capacity);
/// rooms and required persons are no-overlap constraints over the meetings' intervals. Hinted with the greedy
/// placement; stops at the first placement that breaks no hard constraint. One CP-SAT worker: with two, whichever
/// finishes first wins, so the start (and everything after it) changed from run to run, on the 50-meeting instance
/// between -207 and -250 medium. Not thread-safe; one per call.
/// </summary>
internal static class FeasibilityModel
{
    /// <summary>A placement with no hard penalty, or null when none is found within <paramref name="seconds"/>.</summary>
    public static Placement[]? Solve(MeetingProblem problem, Placement[] hint, double seconds, int seed)
    {
        var model = new CpModel();
        var starts = new IntVar[problem.Meetings.Count];
        var rooms = new Dictionary<int, BoolVar>[problem.Meetings.Count];
        var byRoom = Enumerable.Range(0, problem.Rooms.Count).Select(_ => new List<IntervalVar>()).ToArray();
        var byPerson = Enumerable.Range(0, problem.Persons.Count).Select(_ => new List<IntervalVar>()).ToArray();
        for (var i = 0; i < problem.Meetings.Count; i++)
        {
            var meeting = problem.Meetings[i];
            var domain = CandidatePricing.Starts(problem, i).Select(g => (long)g).ToArray();
            if (domain.Length == 0)
            {
                return null;
            }

            starts[i] = model.NewIntVarFromDomain(Google.OrTools.Util.Domain.FromValues(domain), string.Empty);
            model.AddHint(starts[i], hint[i].Grain);
            rooms[i] = CandidatePricing.Rooms(problem, i).ToDictionary(r => r, _ => model.NewBoolVar(string.Empty));
            model.AddExactlyOne(rooms[i].Values);
            foreach (var (room, literal) in rooms[i])
            {
                model.AddHint(literal, room == hint[i].Room);
                byRoom[room].Add(model.NewOptionalFixedSizeIntervalVar(starts[i], meeting.DurationGrains, literal, string.Empty));
            }

            var interval = model.NewFixedSizeIntervalVar(starts[i], meeting.DurationGrains, string.Empty);
            foreach (var person in meeting.Required)
            {
                byPerson[person].Add(interval);
            }
        }

        foreach (var intervals in byRoom.Concat(byPerson).Where(list => list.Count > 1))
        {
            model.AddNoOverlap(intervals);
        }

        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{seconds:0.###} num_workers:1 random_seed:{seed} stop_after_first_solution:true catch_sigint_signal:false"),
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        return [.. Enumerable.Range(0, starts.Length).Select(i =>
            new Placement((int)solver.Value(starts[i]), rooms[i].First(r => solver.BooleanValue(r.Value)).Key))];
    }
}
