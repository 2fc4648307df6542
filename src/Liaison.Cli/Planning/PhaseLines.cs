using System.Globalization;
using Liaison.Cli.Output;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Planning;

/// <summary>
/// Prints one plain line whenever the planner changes phase, for output that is not a live terminal,
/// so a reader of a log knows why a proven-optimal search keeps running and where the time went: e.g.
/// "[1.2 s] placing requests done, proven optimal: 139 of bound 139; compacting days..." (seconds since planning started).
/// </summary>
/// <remarks>
/// Thread-safe: the planner reports from its own threads; lines are written under a lock. Given a CPU clock
/// (the benchmark passes the process's user + system time), each line also says the CPU seconds used so far,
/// "[1.2 s, CPU 2.0 s] ...", so a phase's cost can be read off on a loaded machine where wall time is inflated.
/// </remarks>
internal sealed class PhaseLines(IAnsiConsole console, Func<TimeSpan>? cpu = null) : IProgress<PlannerProgress>
{
    private readonly Lock _gate = new();
    private PlannerProgress? _last;

    /// <inheritdoc />
    public void Report(PlannerProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (_last is null || _last.Phase != value.Phase)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"[{value.Elapsed.TotalSeconds:0.0} s{(cpu is null ? string.Empty : $", CPU {cpu().TotalSeconds:0.0} s")}] ");
                console.WriteLineAsIs(at + (_last is null ? $"{value.Phase.English()}..."
                    : value.Phase == PlannerPhase.Done ? $"{Summary(_last)}."
                    : $"{Summary(_last)}; {value.Phase.English()}..."));
            }

            _last = value;
        }
    }

    private static string Summary(PlannerProgress last) => last is { BestValue: { } best, Bound: { } bound }
        ? string.Create(CultureInfo.InvariantCulture, $"{last.Phase.English()} done, {(best == bound ? "proven optimal" : "best")}: {best} of bound {bound}")
        : $"{last.Phase.English()} done";
}
