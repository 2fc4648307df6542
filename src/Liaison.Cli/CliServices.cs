namespace Liaison.Cli;

/// <summary>What the commands need from outside: the clock, the planner and whether to show fault details.</summary>
/// <param name="Time">Clock for elapsed times shown while planning.</param>
/// <param name="Plan">The planner.</param>
/// <param name="Debug">Whether internal faults print their stack trace (LIAISON_DEBUG=1), as --verbose does.</param>
internal sealed record CliServices(TimeProvider Time, PlanProgramme Plan, bool Debug);
