namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>What <see cref="OptaPlannerBenchmark.Run"/> produced.</summary>
/// <param name="Solved">The solved instance and its score.</param>
/// <param name="SolutionJsonPath">Path of the written <c>solution.json</c>.</param>
/// <param name="SolvedWorkbookPath">Path of the written solved workbook.</param>
public sealed record BenchmarkResult(SolvedInstance Solved, string SolutionJsonPath, string SolvedWorkbookPath)
{
    /// <summary>The referee's score of the solution.</summary>
    public Score Score => Solved.Score;
}
