using System.CommandLine;
using Liaison.Cli.Output;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Planning;

/// <summary>
/// <c>liaison plan SCENARIO --out DIR [--time-limit SECONDS] [--verbose]</c>: reads the scenario, plans it,
/// prints the programme and writes programme.json, programme.csv and programme.ics into DIR.
/// </summary>
internal static class PlanCommand
{
    /// <summary>Builds the <c>plan</c> command.</summary>
    /// <param name="console">Where the programme and progress go (stdout).</param>
    /// <param name="services">Clock, planner, debug switch and the stderr writer problems and faults go to.</param>
    public static Command Create(IAnsiConsole console, CliServices services)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file (JSON; see docs/scenario.md)." };
        var output = CommonOptions.Out();
        var timeLimit = CommonOptions.TimeLimit();
        var verbose = CommonOptions.Verbose();
        var command = new Command("plan", "Plan a scenario's meeting requests into a conflict-free programme.")
        {
            scenario, output, timeLimit, verbose,
        };
        command.SetAction(parsed => CommandGuard.Run(services.Errors, services.Debug || parsed.GetValue(verbose), () => Execute(
            console,
            services,
            parsed.GetRequiredValue(scenario),
            parsed.GetRequiredValue(output),
            TimeSpan.FromSeconds(parsed.GetValue(timeLimit)))));
        return command;
    }

    private static int Execute(IAnsiConsole console, CliServices services, string scenarioPath, string outPath, TimeSpan timeLimit)
    {
        var scenario = InputFiles.ReadScenario(scenarioPath);
        using var folder = OutputFolder.Stage(outPath);
        var options = new PlannerOptions { TimeLimit = timeLimit };
        var result = SolveProgress.Run(console, services.Time, scenario, options, services.Plan, services.Stop);
        ProgrammeOutput.Stage(folder, scenario, result);
        folder.Commit();
        ProgrammeOutput.Print(console, scenario, result, outPath);
        return ExitCode.Success;
    }
}
