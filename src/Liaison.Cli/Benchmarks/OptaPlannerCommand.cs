using System.CommandLine;
using System.Globalization;
using Liaison.Benchmarks.OptaPlanner;
using Liaison.Benchmarks.OptaPlanner.Scoring;
using Liaison.Cli.Output;
using Spectre.Console;

namespace Liaison.Cli.Benchmarks;

/// <summary>
/// <c>liaison bench optaplanner FILE.xlsx --out DIR [--time-limit SECONDS] [--verbose]</c>: solves one of
/// OptaPlanner's meeting-scheduling workbooks under its own score (docs/optaplanner.md), writes
/// solution.json and solution.xlsx into DIR and prints the score as <c>Xhard/Ymedium/Zsoft</c>; with <c>--verbose</c>, each
/// constraint's share of it first (the referee's count and weighted penalty).
/// </summary>
internal static class OptaPlannerCommand
{
    /// <summary>Builds the <c>optaplanner</c> subcommand.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">Clock, debug switch and stop signal.</param>
    public static Command Create(IAnsiConsole console, CliServices services)
    {
        var workbook = new Argument<string>("FILE") { Description = "An OptaPlanner meeting-scheduling workbook (.xlsx)." };
        var output = CommonOptions.Out("Folder for solution.json and solution.xlsx; created if missing.");
        var timeLimit = CommonOptions.TimeLimit("Seconds of solving, after the workbook is read; the best solution found by then is kept.");
        var verbose = CommonOptions.Verbose();

        var command = new Command("optaplanner", "Solve an OptaPlanner meeting-scheduling workbook under OptaPlanner's hard/medium/soft score.")
        {
            workbook, output, timeLimit, verbose,
        };
        command.SetAction(parsed => Execute(
            console,
            services,
            parsed.GetRequiredValue(workbook),
            parsed.GetRequiredValue(output),
            TimeSpan.FromSeconds(parsed.GetValue(timeLimit)),
            services.Debug || parsed.GetValue(verbose)));
        return command;
    }

    /// <summary>The fix for a workbook path that names no file: where the instances are expected (in <c>shared/</c> beside the clone) and what to pass.</summary>
    private const string WorkbookPathFix =
        "OptaPlanner's instances are expected in shared/benchmarks/optaplanner-meetingscheduling/ beside the repository "
        + "(../shared/benchmarks/optaplanner-meetingscheduling/ from its root); pass the path of one of their .xlsx files, "
        + "such as 50meetings-160timegrains-5rooms.xlsx";

    private static int Execute(IAnsiConsole console, CliServices services, string workbookPath, string outPath, TimeSpan timeLimit, bool verbose)
    {
        return CommandGuard.Run(services.Errors, verbose, () =>
        {
            var started = services.Time.GetTimestamp();
            var problem = InputFiles.Read(workbookPath, "a workbook", WorkbookPathFix, path => MeetingWorkbookReader.Read(path).Problem);
            console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture, $"Solving {workbookPath} (time limit {timeLimit.TotalSeconds:0} s)..."));
            var solved = OptaPlannerBenchmark.Solve(problem, timeLimit, time: services.Time, stop: services.Stop);
            var elapsed = services.Time.GetElapsedTime(started);
            using (var folder = OutputFolder.Stage(outPath))
            {
                folder.Write(SolutionFiles.JsonFileName, stream => SolutionFiles.WriteJson(solved, stream));
                folder.Write(SolutionFiles.WorkbookFileName, stream => SolutionFiles.WriteWorkbook(workbookPath, solved, stream));
                folder.Commit();
            }

            console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture,
                $"Solved {problem.Meetings.Count} meetings in {elapsed.TotalSeconds:0.0} s (reading included)."));
            console.WriteLineAsIs($"Wrote {Path.Combine(outPath, SolutionFiles.JsonFileName)}, {Path.Combine(outPath, SolutionFiles.WorkbookFileName)}.");
            if (verbose)
            {
                foreach (var share in ScoreCalculator.Split(solved.Problem, solved.Placements))
                {
                    console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture, $"  {share.Level} {share.Name}: {share.Count} (weighted {share.Weighted})"));
                }
            }

            console.WriteLineAsIs(solved.Score.ToString());
            return ExitCode.Success;
        });
    }
}
