namespace Liaison.Domain.Programmes;

/// <summary>
/// How good a programme is: the priority-weighted number of requests placed, the proven upper
/// bound on that number, and whether the two meet.
/// </summary>
/// <param name="Value">Sum of the priorities of the placed requests.</param>
/// <param name="Bound">A proven upper bound on <paramref name="Value"/> over all conflict-free programmes (from the solver).</param>
/// <param name="IsOptimal">Whether the solver proved no programme places a larger weight.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ObjectiveReport(long Value, long Bound, bool IsOptimal)
{
    /// <summary>Relative gap (bound − value) / bound, from 0 (optimal) to 1; 0 when the bound is 0.</summary>
    public double Gap => Bound <= 0 ? 0 : (double)(Bound - Value) / Bound;
}
