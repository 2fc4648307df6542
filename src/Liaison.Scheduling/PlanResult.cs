using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>What the planner returns.</summary>
/// <param name="Programme">The placed meetings and the requests left out with their reasons.</param>
/// <param name="Objective">Priority-weighted requests placed, a valid upper bound on it, and optimality.</param>
/// <param name="WallTime">Wall time spent planning.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanResult(Programme Programme, ObjectiveReport Objective, TimeSpan WallTime)
{
    /// <summary>The strategy that ran (never <see cref="PlanningStrategy.Auto"/> once planned).</summary>
    public PlanningStrategy Strategy { get; init; } = PlanningStrategy.Monolithic;

    /// <summary>Where <see cref="ObjectiveReport.Bound"/> comes from.</summary>
    public BoundMethod BoundMethod { get; init; } = BoundMethod.Solver;

    /// <summary>Optional attendees who attend a placed meeting, counted once per meeting; the objective's second level.</summary>
    public int OptionalAttendance { get; init; }

    /// <summary>
    /// Whether the time limit (or cancellation) cut a phase short or skipped it: the search before proving its result,
    /// the relaxation bound (the quick bound is then reported), or naming what crowds out each request left (those not
    /// examined say so). The programme is valid either way; when false, every phase ran as designed.
    /// </summary>
    public bool LimitReached { get; init; }
}
