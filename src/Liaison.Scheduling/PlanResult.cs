using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>What the planner returns.</summary>
/// <param name="Programme">The placed meetings and the requests left out with their reasons.</param>
/// <param name="Objective">Priority-weighted requests placed, the proven bound, and optimality.</param>
/// <param name="WallTime">Wall time spent planning.</param>
public sealed record PlanResult(Programme Programme, ObjectiveReport Objective, TimeSpan WallTime);
