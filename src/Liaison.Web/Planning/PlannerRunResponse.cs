using Liaison.Data.Entities;

namespace Liaison.Web.Planning;

/// <summary>A planner run: its record and, while it runs, its latest progress.</summary>
/// <param name="Id">Run id.</param>
/// <param name="Status">Running, Completed, Cancelled or Failed.</param>
/// <param name="Phase">
/// While running, a stable code: a <see cref="Liaison.Scheduling.PlannerPhase"/> name (e.g. <c>PlacingRequests</c>),
/// <c>Queued</c> before the planner starts, or <c>Interrupted</c> when a server restart ended the run; <c>null</c> once finished.
/// </param>
/// <param name="BestValue">Priority-weighted requests placed by the best programme so far (running) or the result (finished).</param>
/// <param name="Bound">Proven upper bound on that value, when known.</param>
/// <param name="Optimal">Whether the result was proven optimal (finished runs).</param>
/// <param name="ElapsedSeconds">Seconds since the run started (running) or that it took (finished).</param>
/// <param name="InputsSummary">What was planned, e.g. "43 requests, 3 rooms".</param>
/// <param name="Failure">Why the run failed, for a failed run.</param>
/// <param name="StartedBy">User name of who started it.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="FinishedAt">When it ended (UTC), if it has.</param>
public sealed record PlannerRunResponse(
    Guid Id, PlannerRunStatus Status, string? Phase, long? BestValue, long? Bound, bool? Optimal, double ElapsedSeconds,
    string InputsSummary, string? Failure, string StartedBy, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);
