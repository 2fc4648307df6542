using Liaison.Benchmarks.OptaPlanner.Scoring;
using Liaison.Benchmarks.OptaPlanner.Solving;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// The OptaPlanner meeting-scheduling peer benchmark: reads a workbook, solves it under OptaPlanner's score
/// (greedy construction, CP-SAT feasibility, large-neighbourhood search with CP-SAT on both cores), scores the
/// result with the independent referee and writes <c>solution.json</c> and the solved workbook.
/// </summary>
public static class OptaPlannerBenchmark
{
    /// <summary>Reads and solves one workbook without writing anything.</summary>
    /// <param name="workbookPath">The .xlsx instance.</param>
    /// <param name="timeLimit">Solving time (construction and search), after the workbook is read.</param>
    /// <param name="progress">Told each better score the solver finds (its own bookkeeping; the final score is the referee's).</param>
    /// <param name="time">The clock for the time limit; the system clock when null.</param>
    /// <param name="seed">Random seed of the neighbourhood choice and of CP-SAT.</param>
    /// <param name="stop">Cancel to stop early; the best placement found so far is kept.</param>
    /// <returns>The instance, the placement and the referee's score.</returns>
    /// <exception cref="Interchange.InvalidFileException">When the workbook is malformed, with every problem found.</exception>
    public static SolvedInstance Solve(string workbookPath, TimeSpan timeLimit, IProgress<Score>? progress = null,
        TimeProvider? time = null, int seed = 1, CancellationToken stop = default)
    {
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        var problem = MeetingWorkbookReader.Read(workbookPath).Problem;
        return Solve(problem, timeLimit, progress, time, seed, stop) with { Elapsed = time.GetElapsedTime(started) };
    }

    /// <summary>Solves an instance already read with <see cref="MeetingWorkbookReader.Read(string)"/>, so a caller can check the workbook before it starts the clock.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="timeLimit">Solving time (construction and search).</param>
    /// <param name="progress">Told each better score the solver finds (its own bookkeeping; the final score is the referee's).</param>
    /// <param name="time">The clock for the time limit; the system clock when null.</param>
    /// <param name="seed">Random seed of the neighbourhood choice and of CP-SAT.</param>
    /// <param name="stop">Cancel to stop early; the best placement found so far is kept.</param>
    /// <returns>The instance, the placement and the referee's score; <see cref="SolvedInstance.Elapsed"/> counts solving and scoring only.</returns>
    public static SolvedInstance Solve(MeetingProblem problem, TimeSpan timeLimit, IProgress<Score>? progress = null,
        TimeProvider? time = null, int seed = 1, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        var placements = MeetingSolver.Solve(problem, new SolveLimits(timeLimit, time, stop), seed, progress is null ? null : progress.Report);
        return new SolvedInstance(problem, placements, ScoreCalculator.Calculate(problem, placements), time.GetElapsedTime(started));
    }

    /// <summary>Reads, solves and writes both solution files into <paramref name="outDir"/>.</summary>
    /// <param name="workbookPath">The .xlsx instance.</param>
    /// <param name="timeLimit">Solving time (construction and search); reading and writing come on top.</param>
    /// <param name="outDir">Folder for <see cref="SolutionFiles.JsonFileName"/> and <see cref="SolutionFiles.WorkbookFileName"/>; created when missing.</param>
    /// <param name="progress">Told each better score the solver finds.</param>
    /// <returns>The solved instance and the paths written.</returns>
    /// <exception cref="Interchange.InvalidFileException">When the workbook is malformed; nothing is written then.</exception>
    /// <exception cref="IOException">When an output file cannot be written.</exception>
    public static BenchmarkResult Run(string workbookPath, TimeSpan timeLimit, string outDir, IProgress<Score>? progress = null)
    {
        var solved = Solve(workbookPath, timeLimit, progress);
        Directory.CreateDirectory(outDir);
        var json = Path.Combine(outDir, SolutionFiles.JsonFileName);
        var workbook = Path.Combine(outDir, SolutionFiles.WorkbookFileName);
        using (var stream = File.Create(json))
        {
            SolutionFiles.WriteJson(solved, stream);
        }

        using (var stream = File.Create(workbook))
        {
            SolutionFiles.WriteWorkbook(workbookPath, solved, stream);
        }

        return new BenchmarkResult(solved, json, workbook);
    }
}
