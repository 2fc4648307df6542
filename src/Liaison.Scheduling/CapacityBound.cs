using Google.OrTools.LinearSolver;

namespace Liaison.Scheduling;

/// <summary>
/// A valid upper bound on the priority any programme can place: the optimum of a linear relaxation
/// that keeps only capacities (see docs/scheduling.md, "The bound"), solved with OR-Tools' GLOP.
/// </summary>
/// <remarks>
/// One variable x ∈ [0, 1] per plannable request (1 = placed), maximising Σ priority · x, subject to:
/// for each distinct set S of suitable rooms, the minutes of the requests that can only use rooms of S
/// fit in S's working minutes; likewise for each distinct set of eligible interpreters and their
/// available working minutes; and for each participant, Σ (duration + buffer) over their requests is
/// at most Σ (length + buffer) over their free spans (a principal's meetings with their buffers are
/// disjoint intervals, each inside a free span extended by the buffer). Every programme satisfies
/// these rows, so the LP optimum is at least its value. If GLOP does not reach optimality within its
/// time, the bound falls back to the fractional knapsack of all rooms' minutes (also a relaxation).
/// </remarks>
internal static class CapacityBound
{
    /// <summary>The bound, rounded down to a whole number after adding ½ to absorb floating-point error.</summary>
    public static long Compute(PlanningProblem problem, TimeSpan timeLimit)
    {
        var requests = problem.Requests;
        var total = requests.Sum(r => (long)r.Request.Priority);
        if (requests.Count == 0)
        {
            return 0;
        }

        var workingMinutes = problem.Timeline.Days.Sum(d => d.Length);
        using var solver = Solver.CreateSolver("GLOP");
        solver.SetTimeLimit((long)Math.Max(timeLimit.TotalMilliseconds, 100));
        var x = requests.Select(r => solver.MakeNumVar(0, 1, string.Empty)).ToArray();
        var byRequest = requests.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => x[p.i]);
        var objective = solver.Objective();
        for (var i = 0; i < requests.Count; i++)
        {
            objective.SetCoefficient(x[i], requests[i].Request.Priority);
        }

        objective.SetMaximization();
        AddSetRows(solver, byRequest, requests, r => r.Rooms, r => r.Rooms.Select(problem.RoomIndex), _ => workingMinutes);
        AddSetRows(solver, byRequest, requests.Where(r => r.NeedsInterpreter),
            r => string.Join(',', r.Interpreters.Select(o => problem.InterpreterIndex(o.Interpreter))),
            r => r.Interpreters.Select(o => problem.InterpreterIndex(o.Interpreter)), k => AvailableMinutes(problem, k));
        AddParticipantRows(problem, solver, x);
        var status = solver.Solve();
        var knapsack = Knapsack(requests, workingMinutes * problem.Scenario.Rooms.Count);
        return status == Solver.ResultStatus.OPTIMAL
            ? Math.Min(total, Math.Min(knapsack, (long)Math.Floor(objective.Value() + 0.5)))
            : Math.Min(total, knapsack);
    }

    /// <summary>
    /// For each distinct resource set S: Σ duration · x over requests whose set lies within S ≤ Σ minutes of S.
    /// <paramref name="key"/> groups requests with the same set cheaply (shared lists compare by reference).
    /// </summary>
    private static void AddSetRows(Solver solver, Dictionary<PlannableRequest, Variable> x, IEnumerable<PlannableRequest> requests,
        Func<PlannableRequest, object> key, Func<PlannableRequest, IEnumerable<int>> resources, Func<int, long> minutes)
    {
        var sets = requests.GroupBy(key).Select(g => (Members: resources(g.First()).ToHashSet(), Requests: g.ToList())).ToList();
        foreach (var (members, _) in sets)
        {
            var row = solver.MakeConstraint(double.NegativeInfinity, members.Sum(minutes), string.Empty);
            foreach (var (_, inside) in sets.Where(s => s.Members.IsSubsetOf(members)))
            {
                foreach (var request in inside)
                {
                    row.SetCoefficient(x[request], request.Duration);
                }
            }
        }
    }

    private static void AddParticipantRows(PlanningProblem problem, Solver solver, Variable[] x)
    {
        var rows = new Constraint?[problem.ParticipantIds.Length];
        for (var i = 0; i < problem.Requests.Count; i++)
        {
            var request = problem.Requests[i];
            foreach (var p in request.Participants)
            {
                var buffer = problem.Buffers[p];
                rows[p] ??= solver.MakeConstraint(double.NegativeInfinity, problem.FreeTimes[p].Sum(f => f.Length + buffer), string.Empty);
                rows[p]!.SetCoefficient(x[i], request.Duration + buffer);
            }
        }
    }

    /// <summary>The minutes of the working days in which interpreter <paramref name="k"/> is available.</summary>
    private static long AvailableMinutes(PlanningProblem problem, int k)
    {
        var interpreter = problem.Scenario.Interpreters[k];
        if (interpreter.Availability.Count == 0)
        {
            return problem.Timeline.Days.Sum(d => d.Length);
        }

        var available = problem.Timeline.ToSpans(interpreter.Availability);
        return MinuteSpan.Intersect(available, problem.Timeline.Days).Sum(s => s.Length);
    }

    /// <summary>The fractional knapsack over all rooms' minutes: best priority per minute first.</summary>
    private static long Knapsack(IReadOnlyList<PlannableRequest> requests, long capacity)
    {
        double value = 0;
        foreach (var request in requests.OrderByDescending(r => (double)r.Request.Priority / r.Duration))
        {
            var take = Math.Min(1.0, (double)capacity / request.Duration);
            if (take <= 0)
            {
                break;
            }

            value += take * request.Request.Priority;
            capacity -= request.Duration;
        }

        return (long)Math.Ceiling(value - 1e-9);
    }
}
