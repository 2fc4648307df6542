namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// Solves an instance under the benchmark's score: a greedy construction; when it breaks hard constraints, the
/// hard constraints alone as one CP-SAT model hinted with it (phase 1); then large-neighbourhood search with CP-SAT
/// on medium then soft until the time limit (phase 2). Every hard constraint is a constraint of the sub-models, so the search only ever
/// moves between placements that break no more hard constraints than the construction did.
/// </summary>
internal static class MeetingSolver
{
    public static Placement[] Solve(MeetingProblem problem, TimeSpan timeLimit, TimeProvider time, int seed, Action<Score>? improved)
    {
        var deadline = time.GetTimestamp() + (long)(timeLimit.TotalSeconds * time.TimestampFrequency);
        var costs = new CostModel(problem);
        var start = GreedyConstruction.Build(costs);
        if (costs.Total(start).Hard < 0)
        {
            var remaining = time.GetElapsedTime(time.GetTimestamp(), deadline).TotalSeconds;
            start = FeasibilityModel.Solve(problem, start, Math.Max(0.1, remaining), seed) ?? start;
        }

        start = BestMoveDescent.Improve(costs, start, time, deadline);
        improved?.Invoke(costs.Total(start));
        return new LargeNeighbourhoodSearch(costs, seed).Improve(start, time, deadline, improved);
    }
}
