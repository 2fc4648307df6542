namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>What a benchmark run produced.</summary>
/// <param name="Score">The referee's score of the final placement (<see cref="Scoring.ScoreCalculator"/>).</param>
/// <param name="Placements">One placement per meeting, in sheet order.</param>
/// <param name="MeetingCount">How many meetings the instance has.</param>
/// <param name="SolutionJsonPath">Path of the written <c>solution.json</c>.</param>
/// <param name="SolvedWorkbookPath">Path of the written solved workbook.</param>
/// <param name="Elapsed">Wall time from reading the workbook to writing the files.</param>
public sealed record BenchmarkResult(
    Score Score, IReadOnlyList<Placement> Placements, int MeetingCount, string SolutionJsonPath, string SolvedWorkbookPath, TimeSpan Elapsed);
