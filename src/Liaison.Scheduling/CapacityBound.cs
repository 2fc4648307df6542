using System.Collections;
using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Liaison.Scheduling;

/// <summary>
/// A valid upper bound on the priority any programme can place: the optimum of a linear relaxation
/// that keeps only capacities per working day (see docs/scheduling.md, "The bound"), solved with
/// OR-Tools' GLOP.
/// </summary>
/// <remarks>
/// Variables x[i,d] ∈ [0, 1]: request i held on day d (only days holding one of its starts), with
/// Σ_d x[i,d] ≤ 1; maximise Σ priority · x. Rows, per day d:
/// <list type="bullet">
/// <item>for each distinct set S of suitable rooms: Σ duration · x over the requests whose rooms all lie in S
/// ≤ |S| × the minutes of day d that some such request could occupy (meetings in a room are disjoint);</item>
/// <item>likewise for each distinct set of eligible interpreters, with each interpreter's available minutes among those;</item>
/// <item>for each participant p: Σ e · x over p's requests ≤ Σ over p's free spans that day of (length + max(e − duration)),
/// where e = (duration + p's buffer) rounded up to the planning step: consecutive starts on the step are at
/// least e apart, so n meetings in a span need Σ e − (e − duration of the last) minutes. The row is then rounded
/// down (a Chvátal-Gomory cut): with u the smallest e of p, Σ ⌊e / u⌋ · x ≤ Σ over the spans of ⌊(length + max(e − duration)) / u⌋,
/// valid because in any programme each span's left side is a whole number at most its span's fraction. A principal
/// with 30-minute meetings and a 10-minute buffer in 450 minutes then gets 11 meetings a day, not 11.5.</item>
/// <item>on a day whose meetings all have one length inside one span of whole meetings, the phase cut (<see cref="PhaseCut"/>):
/// a principal's meetings beyond what fits on the grid of that length cost a room one meeting that day.</item>
/// </list>
/// Every programme gives a feasible x, so the LP optimum is at least its value. If GLOP does not reach
/// optimality within its time, the bound falls back to the fractional knapsack of all rooms' minutes.
/// </remarks>
internal static class CapacityBound
{
    /// <summary>Share of a call's time left that the relaxation may take.</summary>
    private const double TimeShare = 0.2;

    /// <summary>The relaxation is skipped with less time than this for it.</summary>
    private static readonly TimeSpan MinimumTime = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The quick bound: the smaller of the sum of all plannable priorities and the fractional knapsack of
    /// all rooms' working minutes (best priority per minute first). Linear in the requests.
    /// </summary>
    public static long Quick(PlanningProblem problem) =>
        Math.Min(problem.Requests.Sum(r => (long)r.Request.Priority),
            Knapsack(problem.Requests, problem.Timeline.Days.Sum(d => d.Length) * problem.Scenario.Rooms.Count));

    /// <summary>
    /// The LP bound of one planning call, given a fifth of the time it has left: the quick bound, with the limit
    /// noted as reached, when that is under <see cref="MinimumTime"/> or GLOP does not finish in it. Building the
    /// LP is linear in the requests and their days and is not interruptible, hence the minimum.
    /// </summary>
    public static long Within(PlanningProblem problem, SolverSettings settings)
    {
        var limit = settings.Remaining() * TimeShare;
        if (!settings.Cancelled && limit >= MinimumTime && TryCompute(problem, limit, out var bound))
        {
            return bound;
        }

        settings.NoteLimitReached();
        return Quick(problem);
    }

    /// <summary>The LP bound (never above <see cref="Quick"/>), rounded down to a whole number after adding ½ to absorb floating-point error.</summary>
    public static long Compute(PlanningProblem problem, TimeSpan timeLimit)
    {
        TryCompute(problem, timeLimit, out var bound);
        return bound;
    }

    /// <summary>
    /// As <see cref="Compute"/>; returns false (and the quick bound) when building the LP and solving it with GLOP did not
    /// finish within <paramref name="timeLimit"/>. The build is checked between its stages (variables, room rows,
    /// interpreter rows, participant rows), each linear in the requests; GLOP gets what the build left.
    /// </summary>
    private static bool TryCompute(PlanningProblem problem, TimeSpan timeLimit, out long bound)
    {
        var requests = problem.Requests;
        var days = problem.Timeline.Days;
        var knapsack = Quick(problem);
        bound = requests.Count == 0 ? 0 : knapsack;
        if (requests.Count == 0)
        {
            return true;
        }

        var building = Stopwatch.StartNew();
        using var solver = Solver.CreateSolver("GLOP");
        var daysOf = new Dictionary<long[], int[]>(ReferenceEqualityComparer.Instance);
        var x = new Variable?[requests.Count, days.Count];
        var objective = solver.Objective();
        objective.SetMaximization();
        for (var i = 0; i < requests.Count; i++)
        {
            var starts = requests[i].Starts;
            if (!daysOf.TryGetValue(starts, out var held))
            {
                daysOf[starts] = held = starts.Select(problem.Timeline.DayOf).Distinct().ToArray();
            }

            var once = solver.MakeConstraint(double.NegativeInfinity, 1, string.Empty);
            foreach (var d in held)
            {
                x[i, d] = solver.MakeNumVar(0, 1, string.Empty);
                objective.SetCoefficient(x[i, d], requests[i].Request.Priority);
                once.SetCoefficient(x[i, d], 1);
            }
        }

        var coverage = new Coverage(problem);
        var overBudget = () => building.Elapsed >= timeLimit;
        if (overBudget())
        {
            return false;
        }

        AddSetRows(solver, x, problem, coverage, i => requests[i].Rooms, i => requests[i].Rooms.Select(problem.RoomIndex), (_, minutes) => Coverage.Count(minutes));
        AddSetRows(solver, x, problem, coverage, i => requests[i].NeedsInterpreter ? string.Join(',', requests[i].Interpreters.Select(o => problem.InterpreterIndex(o.Interpreter))) : null,
            i => requests[i].Interpreters.Select(o => problem.InterpreterIndex(o.Interpreter)), (k, minutes) => coverage.Available(k, minutes));
        if (overBudget())
        {
            return false;
        }

        var phases = PhaseCut.AddRoomRows(problem, solver, x, coverage);
        AddParticipantRows(problem, solver, x, phases);
        if (overBudget())
        {
            return false;
        }

        solver.SetTimeLimit((long)Math.Max((timeLimit - building.Elapsed).TotalMilliseconds, 1));
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return false;
        }

        bound = Math.Min(knapsack, (long)Math.Floor(objective.Value() + 0.5));
        return true;
    }

    /// <summary>Per day and distinct resource set S (by <paramref name="key"/>; <c>null</c> for none): Σ duration · x over requests whose set lies in S ≤ Σ_k minutes of k usable then.</summary>
    private static void AddSetRows(Solver solver, Variable?[,] x, PlanningProblem problem, Coverage coverage,
        Func<int, object?> key, Func<int, IEnumerable<int>> resources, Func<int, BitArray, int> minutes)
    {
        var sets = Enumerable.Range(0, problem.Requests.Count)
            .Select(i => (Key: key(i), Index: i))
            .Where(p => p.Key is not null)
            .GroupBy(p => p.Key!)
            .Select(g => (Members: resources(g.First().Index).ToHashSet(), Requests: g.Select(p => p.Index).ToList()))
            .ToList();
        foreach (var (members, _) in sets)
        {
            var inside = sets.Where(s => s.Members.IsSubsetOf(members)).SelectMany(s => s.Requests).ToList();
            for (var d = 0; d < problem.Timeline.Days.Count; d++)
            {
                var usable = coverage.Of(inside, d);
                var row = solver.MakeConstraint(double.NegativeInfinity, members.Sum(k => minutes(k, usable)), string.Empty);
                foreach (var i in inside.Where(i => x[i, d] is not null))
                {
                    row.SetCoefficient(x[i, d], problem.Requests[i].Duration);
                }
            }
        }
    }

    /// <summary>Per participant and day, the rounded row; on a day of the phase cut, its on-phase count plus the rest times z_d.</summary>
    private static void AddParticipantRows(PlanningProblem problem, Solver solver, Variable?[,] x, DayPhase?[] phases)
    {
        var step = problem.Timeline.Step;
        long Spacing(int i, int p) => (problem.Requests[i].Duration + problem.Buffers[p] + step - 1) / step * step;
        var byParticipant = Enumerable.Range(0, problem.Requests.Count)
            .SelectMany(i => problem.Requests[i].Participants.Select(p => (p, i)))
            .GroupBy(pi => pi.p, pi => pi.i);
        foreach (var group in byParticipant)
        {
            var p = group.Key;
            var slack = group.Max(i => Spacing(i, p) - problem.Requests[i].Duration);
            var unit = group.Min(i => Spacing(i, p));
            for (var d = 0; d < problem.Timeline.Days.Count; d++)
            {
                // Rounded down (Chvátal-Gomory): each span's meetings count a whole number of units.
                var spans = MinuteSpan.Intersect(problem.FreeTimes[p], [problem.Timeline.Days[d]]);
                var whole = spans.Sum(s => Math.Max(s.Length + slack, 0) / unit);
                var held = group.Where(i => x[i, d] is not null).ToList();
                var row = solver.MakeConstraint(double.NegativeInfinity, whole, string.Empty);
                foreach (var i in held)
                {
                    row.SetCoefficient(x[i, d], Spacing(i, p) / unit);
                }

                // Meetings of one length: every coefficient is 1, so the row counts meetings.
                if (phases[d] is { } phase && PhaseCut.OnPhaseCount(problem, phase, p, held.Select(i => problem.Requests[i])) is var onPhase && onPhase < whole)
                {
                    row.SetBounds(double.NegativeInfinity, onPhase);
                    row.SetCoefficient(phase.OffPhase, onPhase - whole);
                }
            }
        }
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
