using System.Globalization;
using Liaison.Cli.Output;
using Liaison.Domain;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Planning;

/// <summary>
/// Runs the planner behind a progress indicator: on an interactive terminal a live status line with the
/// elapsed time, the best placed weight and the proven bound; elsewhere (a pipe, a file, a test) plain
/// lines only, one per phase change (<see cref="PhaseLines"/>), so no control codes reach the output.
/// </summary>
internal static class SolveProgress
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(200);

    /// <summary>Plans <paramref name="scenario"/> and returns the planner's result.</summary>
    /// <param name="console">Where the indicator is shown.</param>
    /// <param name="time">Clock for the elapsed time shown.</param>
    /// <param name="scenario">The scenario to plan.</param>
    /// <param name="options">The planner's limits.</param>
    /// <param name="plan">The planner.</param>
    /// <param name="stop">Stops the search early; the planner returns its best programme so far.</param>
    /// <exception cref="Exception">Whatever the planner throws, unchanged.</exception>
    public static PlanResult Run(IAnsiConsole console, TimeProvider time, Scenario scenario, PlannerOptions options, PlanProgramme plan, CancellationToken stop)
    {
        var opening = string.Create(CultureInfo.InvariantCulture,
            $"Planning {scenario.Requests.Count} requests (time limit {options.TimeLimit.TotalSeconds:0} s)");
        PlanResult result;
        if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            result = console.Status().Start(opening, context => Poll(context, time, opening, scenario, options, plan, stop));
        }
        else
        {
            console.WriteLineAsIs($"{opening}...");
            result = plan(scenario, options, new PhaseLines(console), stop);
        }

        console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture,
            $"Planned in {result.WallTime.TotalSeconds:0.0} s: weight {result.Objective.Value} placed, bound {result.Objective.Bound}."));
        return result;
    }

    private static PlanResult Poll(StatusContext context, TimeProvider time, string opening, Scenario scenario, PlannerOptions options, PlanProgramme plan, CancellationToken stop)
    {
        var started = time.GetTimestamp();
        var progress = new LatestProgress();
        var solving = Task.Run(() => plan(scenario, options, progress, stop));
        while (!solving.Wait(RefreshEvery, CancellationToken.None))
        {
            context.Status(Markup.Escape(Describe(opening, time.GetElapsedTime(started), progress.Current)));
        }

        return solving.GetAwaiter().GetResult();
    }

    private static string Describe(string opening, TimeSpan elapsed, PlannerProgress? latest)
    {
        var clock = string.Create(CultureInfo.InvariantCulture, $"{opening} · {elapsed.TotalSeconds:0.0} s");
        return latest is null ? clock : $"{clock} · {latest.Phase.English()} · best {Show(latest.BestValue)} · bound {Show(latest.Bound)}";
    }

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
