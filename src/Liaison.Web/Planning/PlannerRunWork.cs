using Liaison.Data.Auditing;
using Liaison.Scheduling;

namespace Liaison.Web.Planning;

/// <summary>A queued planner run.</summary>
/// <param name="RunId">The stored run's id.</param>
/// <param name="EventId">The event to plan.</param>
/// <param name="Options">Time limit and workers.</param>
/// <param name="StartedBy">Who started it (user id, name and client), recorded on what the run stores.</param>
internal sealed record PlannerRunWork(Guid RunId, Guid EventId, PlannerOptions Options, StaticAuditContext StartedBy);
