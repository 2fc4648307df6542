namespace Liaison.Benchmarks.OwnBenchmark;

/// <summary>
/// What one solve of one instance gave, as the child process reports it in JSON. Objective and bound are
/// placed priority (the sum of the priorities of the requests placed); the gap is (bound - objective) / bound.
/// </summary>
/// <param name="Family">The family name.</param>
/// <param name="Solver">"engine" (Liaison's planner as shipped) or "monolithic" (one CP-SAT model).</param>
/// <param name="Requests">Requests in the instance (after the changes, for <c>replan</c>).</param>
/// <param name="Placed">Requests placed, or <c>null</c> when the run gave no solution.</param>
/// <param name="Objective">Placed priority, or <c>null</c>.</param>
/// <param name="Bound">Valid upper bound on the placed priority, or <c>null</c>.</param>
/// <param name="Optimal">Whether optimality is proven.</param>
/// <param name="WallSeconds">Wall time of the solve alone (not reading or generating the instance), in seconds.</param>
/// <param name="PeakMegabytes">Peak resident memory of the process (VmHWM), in MiB; <c>null</c> where /proc is missing.</param>
/// <param name="Moved">For <c>replan</c>: meetings moved; otherwise <c>null</c>.</param>
/// <param name="Forced">For <c>replan</c>: meetings the changes force to move (see <see cref="Generator.Disruption.ForcedMoves"/>); otherwise <c>null</c>.</param>
/// <param name="Failure">Why there is no solution ("out of memory", "no solution in time", ...), or <c>null</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RunResult(
    string Family,
    string Solver,
    int Requests,
    int? Placed,
    long? Objective,
    long? Bound,
    bool Optimal,
    double WallSeconds,
    double? PeakMegabytes,
    int? Moved = null,
    int? Forced = null,
    string? Failure = null)
{
    /// <summary>(bound - objective) / bound, or <c>null</c> without a solution or with a zero bound.</summary>
    public double? Gap => Objective is { } value && Bound is { } bound && bound > 0 ? (double)(bound - value) / bound : null;

    /// <summary>A result with no solution.</summary>
    /// <param name="family">The family name.</param>
    /// <param name="solver">"engine" or "monolithic".</param>
    /// <param name="wallSeconds">Seconds until the run was given up.</param>
    /// <param name="peakMegabytes">Peak memory seen, in MiB, if known.</param>
    /// <param name="failure">Why, e.g. "out of memory".</param>
    public static RunResult Failed(string family, string solver, double wallSeconds, double? peakMegabytes, string failure) =>
        new(family, solver, 0, null, null, null, false, wallSeconds, peakMegabytes, Failure: failure);
}
