namespace Liaison.Scheduling;

/// <summary>Where a result's upper bound comes from; see docs/scheduling.md, "The bound".</summary>
public enum BoundMethod
{
    /// <summary>CP-SAT's proven bound on the monolithic model.</summary>
    Solver,

    /// <summary>The capacity relaxation: a linear programme over room, interpreter and participant minutes, solved with GLOP.</summary>
    Relaxation,
}
