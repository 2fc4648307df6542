namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// Solves an instance under the benchmark's score, lexicographically: a greedy construction; when it breaks hard
/// constraints, the hard constraints alone as one CP-SAT model hinted with it (phase 1); a best-move descent; then
/// large-neighbourhood search with CP-SAT on medium, then soft, until the limits stop it (phase 2).
/// </summary>
internal static class MeetingSolver
{
    public static Placement[] Solve(MeetingProblem problem, SolveLimits limits, int seed, Action<Score>? improved)
    {
        var costs = new CostModel(problem);
        var start = GreedyConstruction.Build(costs);
        if (costs.Total(start).Hard < 0)
        {
            start = FeasibilityModel.Solve(problem, start, Math.Max(0.1, limits.SecondsLeft), seed) ?? start;
        }

        start = BestMoveDescent.Improve(costs, start, limits);
        improved?.Invoke(costs.Total(start));
        return new LargeNeighbourhoodSearch(costs, seed).Improve(start, limits, improved);
    }
}
