namespace Liaison.Scheduling;

/// <summary>A request a CP-SAT model may place, move or leave out.</summary>
/// <param name="Plannable">The request.</param>
/// <param name="Starts">The starts the model may use: a subset of the request's starts (a neighbourhood's time window), ascending.</param>
/// <param name="Incumbent">Where the current programme holds it, used as the hint and, when staying is rewarded, as the place to keep; or <c>null</c>.</param>
internal sealed record FreeRequest(PlannableRequest Plannable, long[] Starts, Placement? Incumbent);
