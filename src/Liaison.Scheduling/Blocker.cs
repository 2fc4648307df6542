namespace Liaison.Scheduling;

/// <summary>A placed meeting in the way of another request at some start.</summary>
/// <param name="By">The placed meeting.</param>
/// <param name="How">What it holds, e.g. "shares dg", "holds room Salon A", "has interpreter int-1".</param>
internal sealed record Blocker(Placement By, string How);
