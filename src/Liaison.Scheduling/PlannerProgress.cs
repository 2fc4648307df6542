namespace Liaison.Scheduling;

/// <summary>A progress report while planning, for a progress bar or a log.</summary>
/// <param name="Elapsed">Wall time since planning started.</param>
/// <param name="Phase">What the planner is doing; <see cref="PlannerPhaseText.English"/> words it for a log.</param>
/// <param name="BestValue">Priority-weighted requests placed by the best programme so far, if any.</param>
/// <param name="Bound">The best proven upper bound so far, if any.</param>
public sealed record PlannerProgress(TimeSpan Elapsed, PlannerPhase Phase, long? BestValue, long? Bound);
