using Liaison.Benchmarks.OptaPlanner.Scoring;
using Liaison.Benchmarks.OptaPlanner.Solving;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// The OptaPlanner meeting-scheduling peer benchmark: reads a workbook, solves it under OptaPlanner's score,
/// scores the result with the independent referee and writes <c>solution.json</c> and the solved workbook.
/// </summary>
public static class OptaPlannerBenchmark
{
    /// <summary>Runs the benchmark on one workbook. Uses both cores (CP-SAT workers) for about the time limit.</summary>
    /// <param name="workbookPath">The .xlsx instance.</param>
    /// <param name="timeLimit">Solving time (construction and search); reading and writing come on top.</param>
    /// <param name="outDir">Folder for <see cref="SolutionFiles.JsonFileName"/> and <see cref="SolutionFiles.WorkbookFileName"/>; created when missing.</param>
    /// <param name="progress">Told each better score the solver finds (its own bookkeeping; the final score is the referee's).</param>
    /// <param name="time">The clock for the time limit; the system clock when null.</param>
    /// <param name="seed">Random seed of the neighbourhood choice, for repeatable runs.</param>
    /// <returns>The score and the files written.</returns>
    /// <exception cref="Interchange.InvalidFileException">When the workbook is malformed; nothing is written then.</exception>
    /// <exception cref="IOException">When an output file cannot be written.</exception>
    public static BenchmarkResult Run(string workbookPath, TimeSpan timeLimit, string outDir,
        IProgress<Score>? progress = null, TimeProvider? time = null, int seed = 1)
    {
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        var problem = MeetingWorkbookReader.Read(workbookPath).Problem;
        var placements = MeetingSolver.Solve(problem, timeLimit, time, seed, progress is null ? null : progress.Report);
        var score = ScoreCalculator.Calculate(problem, placements);
        SolutionFiles.Write(workbookPath, problem, placements, score, outDir);
        return new BenchmarkResult(score, placements, problem.Meetings.Count,
            Path.Combine(outDir, SolutionFiles.JsonFileName), Path.Combine(outDir, SolutionFiles.WorkbookFileName),
            time.GetElapsedTime(started));
    }
}
