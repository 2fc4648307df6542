using NodaTime;

namespace Liaison.Domain.Changes;

/// <summary>A delegation that can meet only from a later instant than planned.</summary>
/// <param name="DelegationId">Id of a delegation of the scenario.</param>
/// <param name="Arrival">The new UTC arrival; before the delegation's departure.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DelegationArrivesLate(string DelegationId, Instant Arrival) : ScenarioChange
{
    /// <inheritdoc />
    public override string Describe() => $"delegation {DelegationId} arrives late, at {Arrival} (UTC)";
}
