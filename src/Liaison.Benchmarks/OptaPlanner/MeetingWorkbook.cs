namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>A workbook as read: the instance and, per meeting, the placement its day, start and room columns hold.</summary>
/// <param name="Problem">The instance.</param>
/// <param name="Placements">One entry per meeting in sheet order: null when its day, start and room cells are empty (unsolved).</param>
public sealed record MeetingWorkbook(MeetingProblem Problem, IReadOnlyList<Placement?> Placements)
{
    /// <summary>Every meeting's placement when all are filled (a solved workbook), otherwise null.</summary>
    public IReadOnlyList<Placement>? CompletePlacements =>
        Placements.All(p => p.HasValue) ? [.. Placements.Select(p => p!.Value)] : null;
}
