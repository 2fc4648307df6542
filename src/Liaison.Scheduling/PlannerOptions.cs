namespace Liaison.Scheduling;

/// <summary>How long and how hard the planner may work.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlannerOptions
{
    /// <summary>Wall-clock limit for the whole solve; the best programme found by then is returned. Default 30 s.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>CP-SAT search workers (threads). Default: the machine's processor count.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Random seed for the solver, so runs can be repeated. Default 1.</summary>
    public int RandomSeed { get; init; } = 1;
}
