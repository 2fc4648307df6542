using NodaTime;

namespace Liaison.Domain.Changes;

/// <summary>A delegation that must leave earlier than planned.</summary>
/// <param name="DelegationId">Id of a delegation of the scenario.</param>
/// <param name="Departure">The new UTC departure; after the delegation's arrival.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DelegationLeavesEarly(string DelegationId, Instant Departure) : ScenarioChange
{
    /// <inheritdoc />
    public override string Describe() => $"delegation {DelegationId} leaves early, at {Departure} (UTC)";
}
