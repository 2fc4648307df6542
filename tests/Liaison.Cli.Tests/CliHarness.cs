using System.Globalization;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Tests;

/// <summary>Runs <c>liaison</c> in-process on a non-interactive console, as when output is piped; stdout and stderr are kept apart.</summary>
internal static class CliHarness
{
    public static CliOutcome Run(params string[] args) =>
        Run(services: null, args);

    public static CliOutcome Run(PlanProgramme? planner, params string[] args) =>
        Run(planner is null ? null : new CliServices(TimeProvider.System, planner, Debug: false), args);

    public static CliOutcome Run(CliServices? services, params string[] args)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var errors = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var exitCode = services is null
            ? LiaisonApp.Run(args, console, errors, TimeProvider.System)
            : LiaisonApp.Run(args, console, errors, services);
        return new CliOutcome(exitCode, writer.ToString(), errors.ToString());
    }

    /// <summary>A planner stand-in that places nothing and says each request was crowded out.</summary>
    public static PlanResult PlaceNothing(Scenario scenario, PlannerOptions options, IProgress<PlannerProgress>? progress, CancellationToken cancellationToken) =>
        new(new Programme([], scenario.Requests.Select(r => new UnplacedRequest(r.Id, UnplacedReason.CrowdedOut, "Test stand-in.")).ToList()),
            new ObjectiveReport(0, 0, IsOptimal: true),
            TimeSpan.Zero);

    /// <summary>The bundled sample scenario, samples/marrakech-2024/scenario.json, as a full path.</summary>
    public static string SampleScenario() => Path.Combine(RepositoryRoot(), "samples", "marrakech-2024", "scenario.json");

    /// <summary>The repository's root, found from the test assembly's folder.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Liaison.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Liaison.sln not found above " + AppContext.BaseDirectory);
    }
}
