using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
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

    /// <summary>The longest time limit accepted, in seconds (one day).</summary>
    public const int MaxTimeLimitSeconds = 86_400;

    /// <summary>The one line printed for any --time-limit value that is not a whole number of seconds in range.</summary>
    public static readonly string TimeLimitProblem = $"--time-limit must be a whole number of seconds from 1 to {MaxTimeLimitSeconds}, e.g. {DefaultTimeLimitSeconds}.";

    /// <summary>Builds the <c>plan</c> command.</summary>
    /// <param name="console">Where the programme and progress go (stdout).</param>
    /// <param name="errors">Where problems and faults go (stderr).</param>
    /// <param name="services">Clock, planner and debug switch.</param>
    public static Command Create(IAnsiConsole console, TextWriter errors, CliServices services)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario file (JSON; see docs/scenario.md)." };
        var output = new Option<string>("--out")
        {
            Description = "Folder for programme.json, programme.csv and programme.ics; created if missing.",
            HelpName = "DIR",
            Required = true,
        };
        output.AcceptLegalFilePathsOnly();
        output.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--out must name a folder, e.g. out/marrakech.");
            }
        });
        var timeLimit = new Option<int>("--time-limit")
        {
            Description = "Seconds the planner may search; the best programme found by then is kept.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultTimeLimitSeconds,
            CustomParser = ParseTimeLimit,
        };
        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an internal fault." };

        var command = new Command("plan", "Plan a scenario's meeting requests into a conflict-free programme.")
        {
            scenario, output, timeLimit, verbose,
        };
        command.SetAction(parsed => Execute(
            console,
            errors,
            services,
            parsed.GetRequiredValue(scenario),
            parsed.GetRequiredValue(output),
            TimeSpan.FromSeconds(parsed.GetValue(timeLimit)),
            services.Debug || parsed.GetValue(verbose)));
        return command;
    }

    /// <summary>
    /// Reads --time-limit without ever throwing: anything but a whole number from 1 to
    /// <see cref="MaxTimeLimitSeconds"/> becomes a parse error, which the command line reports with exit code 2.
    /// </summary>
    private static int ParseTimeLimit(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return DefaultTimeLimitSeconds;
        }

        if (result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 1 and <= MaxTimeLimitSeconds)
        {
            return seconds;
        }

        result.AddError(TimeLimitProblem);
        return DefaultTimeLimitSeconds;
    }

    private static int Execute(IAnsiConsole console, TextWriter errors, CliServices services, string scenarioPath, string outPath, TimeSpan timeLimit, bool verbose)
    {
        return CommandGuard.Run(errors, verbose, () =>
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
        });
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
