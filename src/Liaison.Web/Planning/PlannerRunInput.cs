using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Planning;

/// <summary>The body of <c>POST /api/events/{eventId}/planner-runs</c>.</summary>
/// <param name="TimeLimitSeconds">Wall-clock limit in seconds, 1 to 3600; the best programme found by then is kept.</param>
public sealed record PlannerRunInput([property: Range(1, 3600)] int TimeLimitSeconds = 30);
