using NodaTime;

namespace Liaison.Domain.Changes;

/// <summary>A principal newly taken by another engagement; becomes a <see cref="BlockedTime"/> of kind <see cref="BlockedTimeKind.Other"/>.</summary>
/// <param name="BlockedTimeId">Id of the blocked time created; unique among the scenario's blocked times.</param>
/// <param name="PrincipalId">Id of a principal of the scenario.</param>
/// <param name="Time">The UTC interval the principal is busy.</param>
/// <param name="Label">What takes the principal, e.g. "Call with the minister".</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PrincipalBusy(string BlockedTimeId, string PrincipalId, Interval Time, string Label) : ScenarioChange
{
    /// <inheritdoc />
    public override string Describe() => $"principal {PrincipalId} busy from {Time.Start} to {Time.End} (UTC): {Label}";
}
