namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>An instance and the solver's placement of it, scored by the referee.</summary>
/// <param name="Problem">The instance as read from its workbook.</param>
/// <param name="Placements">One placement per meeting, in sheet order.</param>
/// <param name="Score">The referee's score of the placements (<see cref="Scoring.ScoreCalculator"/>), never the solver's own figure.</param>
/// <param name="Elapsed">Wall time from reading the workbook to the final score.</param>
public sealed record SolvedInstance(MeetingProblem Problem, IReadOnlyList<Placement> Placements, Score Score, TimeSpan Elapsed);
