using Liaison.Scheduling;

namespace Liaison.Cli.Planning;

/// <summary>Keeps the most recent planner report so the display can poll it at its own pace.</summary>
/// <remarks>Thread-safe: the planner reports from its own threads while the display reads.</remarks>
internal sealed class LatestProgress : IProgress<PlannerProgress>
{
    private PlannerProgress? _latest;

    /// <summary>The most recent report, or <c>null</c> before the first.</summary>
    public PlannerProgress? Current => Volatile.Read(ref _latest);

    /// <inheritdoc />
    public void Report(PlannerProgress value) => Volatile.Write(ref _latest, value);
}
