using System.CommandLine;
using System.Globalization;
using Liaison.Cli.Output;
using Liaison.Cli.Planning;
using Liaison.Domain.Changes;
using Liaison.Interchange;
using Liaison.Interchange.Changes;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Replanning;

/// <summary>
/// <c>liaison replan SCENARIO --previous programme.json --changes CHANGES.json --out DIR [--time-limit SECONDS]</c>:
/// reads the scenario, the programme in force and the changes (docs/changes.md), applies the changes, re-plans
/// keeping every unaffected meeting where it was, prints what was kept, moved, dropped and newly placed, and
/// writes programme.json, programme.csv and programme.ics into DIR as <c>plan</c> does.
/// </summary>
internal static class ReplanCommand
{
    /// <summary>The sample changes file, from the repository root; the missing-file fix names it.</summary>
    public const string SampleChanges = "samples/marrakech-2024/changes.json";

    /// <summary>Builds the <c>replan</c> command.</summary>
    /// <param name="console">Where the programme and progress go (stdout).</param>
    /// <param name="services">Clock, debug switch, stop signal and the stderr writer problems and faults go to.</param>
    public static Command Create(IAnsiConsole console, CliServices services)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file the previous programme was planned for (JSON; see docs/scenario.md)." };
        var previous = new Option<string>("--previous")
        {
            Description = "The programme in force: the programme.json that 'liaison plan' or 'liaison replan' wrote.",
            HelpName = "FILE",
            Required = true,
        };
        var changes = new Option<string>("--changes")
        {
            Description = "The changes since then (JSON; see docs/changes.md).",
            HelpName = "FILE",
            Required = true,
        };
        var output = CommonOptions.Out();
        var timeLimit = CommonOptions.TimeLimit();
        var verbose = CommonOptions.Verbose();
        var command = new Command("replan", "Re-plan a programme after changes, moving as few meetings as possible.")
        {
            scenario, previous, changes, output, timeLimit, verbose,
        };
        command.SetAction(parsed => CommandGuard.Run(services.Errors, services.Debug || parsed.GetValue(verbose), () => Execute(
            console,
            services,
            new ReplanInputs(parsed.GetRequiredValue(scenario), parsed.GetRequiredValue(previous), parsed.GetRequiredValue(changes)),
            parsed.GetRequiredValue(output),
            TimeSpan.FromSeconds(parsed.GetValue(timeLimit)))));
        return command;
    }

    private static int Execute(IAnsiConsole console, CliServices services, ReplanInputs inputs, string outPath, TimeSpan timeLimit)
    {
        RefuseToReplaceThePrevious(inputs.Previous, outPath);
        var scenario = InputFiles.ReadScenario(inputs.Scenario);
        var (previous, changes) = ReadBoth(scenario, inputs);
        var changed = ScenarioChanges.Apply(scenario, changes);
        using var folder = OutputFolder.Stage(outPath);
        foreach (var change in changes)
        {
            console.WriteLineAsIs($"Change: {ChangeText.Describe(scenario, change)}");
        }

        var planner = new Planner(services.Time);
        ReplanResult? replanned = null;
        var result = SolveProgress.Run(console, services.Time, changed, new PlannerOptions { TimeLimit = timeLimit },
            (s, options, progress, stop) => (replanned = planner.Replan(s, previous, options, progress, stop)).Plan, services.Stop);
        ProgrammeOutput.Stage(folder, changed, result);
        folder.Commit();

        ChangeReport.Render(console, scenario, changed, replanned!);
        var moved = replanned!.OfKind(MeetingChangeKind.Moved).Count;
        ProgrammeOutput.Print(console, changed, result, outPath,
            string.Create(CultureInfo.InvariantCulture, $", moved {moved} meeting{(moved == 1 ? string.Empty : "s")}"));
        return ExitCode.Success;
    }

    /// <summary>
    /// Refuses an --out folder that holds the --previous programme: the new programme.json would replace the
    /// programme in force, and with it the only record of where the kept meetings were.
    /// </summary>
    /// <exception cref="BadInputException">When both name the same folder (compared as full paths, letter case as the platform's file system treats it).</exception>
    private static void RefuseToReplaceThePrevious(string previousPath, string outPath)
    {
        var previousFolder = Path.GetDirectoryName(Path.GetFullPath(previousPath));
        var outFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outPath));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(previousFolder, outFolder, comparison))
        {
            throw new BadInputException(
                $"--out {outPath}: is the folder of the programme in force (--previous {previousPath}); the new files would replace it. "
                + "Fix: choose a new folder for the re-planned programme, e.g. out/marrakech-v2.");
        }
    }

    /// <summary>Reads the previous programme and the changes, reporting the problems of both files together.</summary>
    private static (Domain.Programmes.Programme Previous, IReadOnlyList<ScenarioChange> Changes) ReadBoth(Domain.Scenario scenario, ReplanInputs inputs)
    {
        var lines = new List<string>();
        T? Attempt<T>(Func<T> read) where T : class
        {
            try
            {
                return read();
            }
            catch (BadInputException bad)
            {
                lines.AddRange(bad.Lines);
                return null;
            }
        }

        var previous = Attempt(() => InputFiles.Read(inputs.Previous, "a programme file", "give the programme.json that 'liaison plan' or 'liaison replan' wrote, e.g. out/marrakech/programme.json", path => ProgrammeFiles.ReadJson(scenario, path)));
        var changes = Attempt(() => InputFiles.Read(inputs.Changes, "a changes file", $"check the path, e.g. {SampleChanges} from the repository root", path => ChangesFile.Read(scenario, path)));
        return lines.Count > 0 ? throw new BadInputException(lines) : (previous!, changes!);
    }

    private sealed record ReplanInputs(string Scenario, string Previous, string Changes);
}
