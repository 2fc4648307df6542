using Liaison.Domain;
using Liaison.Scheduling;

namespace Liaison.Cli;

/// <summary>The planning step the command line calls; <see cref="Planner.Plan"/> in production, a stand-in in tests.</summary>
/// <param name="scenario">The scenario read from the file.</param>
/// <param name="options">Time limit and solver settings.</param>
/// <param name="progress">Receives progress reports, or <c>null</c>.</param>
/// <param name="cancellationToken">Stops the search early.</param>
internal delegate PlanResult PlanProgramme(Scenario scenario, PlannerOptions options, IProgress<PlannerProgress>? progress, CancellationToken cancellationToken);
