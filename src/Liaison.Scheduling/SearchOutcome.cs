namespace Liaison.Scheduling;

/// <summary>What the two solver phases found.</summary>
/// <param name="Placements">The best programme found; it obeys every hard rule.</param>
/// <param name="Bound">CP-SAT's proven upper bound on the placed priority (phase 1), or the sum of all
/// plannable priorities when the solver stopped before proving one.</param>
/// <param name="ProvedOptimal">Whether phase 1 proved its placement optimal.</param>
internal sealed record SearchOutcome(IReadOnlyList<Placement> Placements, long Bound, bool ProvedOptimal)
{
    /// <summary>A solver bound on an integer objective as a whole number, immune to floating-point noise.</summary>
    public static long Floor(double bound) => (long)Math.Floor(bound + 1e-6);
}
