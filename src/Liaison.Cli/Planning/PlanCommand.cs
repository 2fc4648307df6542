using System.CommandLine;
using Liaison.Cli.Output;
using Liaison.Domain;
using Liaison.Interchange;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Planning;

/// <summary>
/// <c>liaison plan SCENARIO --out DIR [--time-limit SECONDS] [--verbose]</c>: reads the scenario, plans it,
/// prints the programme and writes programme.json, programme.csv and programme.ics into DIR.
/// </summary>
internal static class PlanCommand
{
    /// <summary>The time limit when --time-limit is not given, in seconds.</summary>
    public const int DefaultTimeLimitSeconds = 30;

    /// <summary>Builds the <c>plan</c> command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">Clock, planner and debug switch.</param>
    public static Command Create(IAnsiConsole console, CliServices services)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file (JSON; see docs/scenario.md)." };
        var output = new Option<string>("--out")
        {
            Description = "Folder for programme.json, programme.csv and programme.ics; created if missing.",
            HelpName = "DIR",
            Required = true,
        };
        output.AcceptLegalFilePathsOnly();
        var timeLimit = new Option<int>("--time-limit")
        {
            Description = "Seconds the planner may search; the best programme found by then is kept.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultTimeLimitSeconds,
        };
        timeLimit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--time-limit must be a positive number of seconds.");
            }
        });
        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an internal fault." };

        var command = new Command("plan", "Plan a scenario's meeting requests into a conflict-free programme.")
        {
            scenario, output, timeLimit, verbose,
        };
        command.SetAction(parsed => Execute(
            console,
            services,
            parsed.GetRequiredValue(scenario),
            parsed.GetRequiredValue(output),
            TimeSpan.FromSeconds(parsed.GetValue(timeLimit)),
            services.Debug || parsed.GetValue(verbose)));
        return command;
    }

    private static int Execute(IAnsiConsole console, CliServices services, string scenarioPath, string outPath, TimeSpan timeLimit, bool verbose)
    {
        try
        {
            var scenario = ReadScenario(scenarioPath);
            using var folder = OutputFolder.Stage(outPath);
            var options = new PlannerOptions { TimeLimit = timeLimit };
            var result = SolveProgress.Run(console, services.Time, scenario, options, services.Plan, services.Stop);
            folder.Write(ProgrammeFile.Json, stream => ProgrammeFiles.WriteJson(scenario, result.Programme, result.Objective, stream));
            folder.Write(ProgrammeFile.Csv, stream => ProgrammeFiles.WriteCsv(scenario, result.Programme, stream));
            folder.Write(ProgrammeFile.Calendar, stream => ProgrammeFiles.WriteCalendar(scenario, result.Programme, stream));
            folder.Commit();

            ProgrammeView.Render(console, scenario, result.Programme);
            console.WriteLineAsIs($"Wrote {string.Join(", ", ProgrammeFile.All.Select(name => Path.Combine(outPath, name)))}.");
            console.WriteLineAsIs(ClosingLine.Format(scenario, result.Programme, result.Objective));
            return ExitCode.Success;
        }
        catch (BadInputException problem)
        {
            foreach (var line in problem.Lines)
            {
                console.WriteLineAsIs(line);
            }

            return ExitCode.BadInput;
        }
#pragma warning disable CA1031 // The command line's last line of defence: any fault becomes exit code 1 and one line.
        catch (Exception fault)
#pragma warning restore CA1031
        {
            var firstLine = fault.Message.Split('\n', 2)[0].TrimEnd().TrimEnd('.');
            console.WriteLineAsIs(verbose
                ? $"liaison: internal fault ({fault.GetType().Name}): {firstLine}."
                : $"liaison: internal fault ({fault.GetType().Name}): {firstLine}. Run again with --verbose or {LiaisonApp.DebugVariable}=1 for the details.");
            if (verbose)
            {
                console.WriteLineAsIs(fault.ToString());
            }

            return ExitCode.InternalFault;
        }
    }

    private static Scenario ReadScenario(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException(Directory.Exists(path)
                ? $"{path}: is a folder, not a scenario file. Fix: give the path of the scenario's JSON file, e.g. samples/marrakech-2024/scenario.json."
                : $"{path}: no such file. Fix: check the path, e.g. samples/marrakech-2024/scenario.json from the repository root.");
        }

        try
        {
            return ScenarioFile.Read(path);
        }
        catch (InvalidFileException invalid)
        {
            throw new BadInputException(invalid.Problems.Count > 0
                ? invalid.Problems.Select(p => p.ToString()).ToList()
                : [$"{path}: {invalid.Message}"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be read ({e.Message}). Fix: check that the file exists and that you may read it.", e);
        }
    }
}
