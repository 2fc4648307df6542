using System.Globalization;
using Liaison.Benchmarks.OwnBenchmark;
using Spectre.Console;

namespace Liaison.Cli.OwnBench;

/// <summary>
/// Prints the benchmark's table: one row per instance, Liaison's engine on the left, the monolithic CP-SAT
/// model under the same time limit on the right, and the ratio of their objectives.
/// </summary>
internal static class BenchTable
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "Family", "Requests", "Placed", "Objective", "Bound", "Gap", "Wall s", "Peak MB", "Moved (forced)",
        "Mono placed", "Mono objective", "Mono bound", "Mono gap", "Mono wall s", "Mono peak MB", "Ratio",
    ];

    /// <summary>Prints the table of <paramref name="rows"/>.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="rows">Engine and monolithic results of each instance.</param>
    public static void Render(IAnsiConsole console, IEnumerable<(RunResult Engine, RunResult Monolithic)> rows)
    {
        var table = new Table().AddColumns(Headers.Select(h => new TableColumn(h)).ToArray());
        foreach (var (engine, monolithic) in rows)
        {
            table.AddRow(Cells(engine, monolithic).Select(cell => new Text(cell)));
        }

        console.Write(table);
    }

    private static IEnumerable<string> Cells(RunResult engine, RunResult monolithic)
    {
        yield return engine.Family;
        yield return Number(Math.Max(engine.Requests, monolithic.Requests));
        foreach (var cell in Solve(engine))
        {
            yield return cell;
        }

        yield return engine.Moved is { } moved ? $"{Number(moved)} (forced {Number(engine.Forced)})" : "-";
        foreach (var cell in Solve(monolithic))
        {
            yield return cell;
        }

        yield return engine.Objective is { } a && monolithic.Objective is { } b && b > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(double)a / b:0.000}")
            : "-";
    }

    private static IEnumerable<string> Solve(RunResult run)
    {
        yield return run.Failure ?? Number(run.Placed);
        yield return Number(run.Objective);
        yield return Number(run.Bound);
        yield return run.Optimal ? "optimal" : run.Gap is { } gap ? string.Create(CultureInfo.InvariantCulture, $"{gap * 100:0.00}%") : "-";
        yield return string.Create(CultureInfo.InvariantCulture, $"{run.WallSeconds:0.0}");
        yield return run.PeakMegabytes is { } mb ? string.Create(CultureInfo.InvariantCulture, $"{mb:0}") : "-";
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
