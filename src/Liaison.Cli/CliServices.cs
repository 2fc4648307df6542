using Microsoft.Extensions.Configuration;

namespace Liaison.Cli;

/// <summary>What the commands need from outside: the clock, the planner, whether to show fault details, and the stop signal.</summary>
/// <param name="Time">Clock for elapsed times shown while planning.</param>
/// <param name="Plan">The planner.</param>
/// <param name="Debug">Whether internal faults print their stack trace (LIAISON_DEBUG=1), as --verbose does.</param>
/// <param name="Stop">Cancelled when the user asks to stop (Ctrl+C): the planner then returns the best programme found so far.</param>
internal sealed record CliServices(TimeProvider Time, PlanProgramme Plan, bool Debug, CancellationToken Stop = default)
{
    /// <summary>Database settings (docs/database.md); <c>null</c> reads them from the environment (e.g. <c>ConnectionStrings__Liaison</c>).</summary>
    public IConfiguration? Configuration { get; init; }

    /// <summary>Where problems and faults go (stderr); <see cref="LiaisonApp"/> sets it for every run.</summary>
    public TextWriter Errors { get; init; } = TextWriter.Null;
}
