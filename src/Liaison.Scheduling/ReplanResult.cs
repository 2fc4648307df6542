namespace Liaison.Scheduling;

/// <summary>What re-planning returns: the new plan, and what happened to every meeting that was or is held.</summary>
/// <param name="Plan">The new programme with its objective, bound and reasons, as <see cref="Planner.Plan"/> returns them.</param>
/// <param name="Changes">One entry per request held before or now, in the order of the new scenario's requests
/// (cancelled requests last, in the previous programme's order).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReplanResult(PlanResult Plan, IReadOnlyList<MeetingChange> Changes)
{
    /// <summary>The changes of one kind, in the order of <see cref="Changes"/>.</summary>
    /// <param name="kind">The kind wanted.</param>
    public IReadOnlyList<MeetingChange> OfKind(MeetingChangeKind kind) => Changes.Where(c => c.Kind == kind).ToList();
}
