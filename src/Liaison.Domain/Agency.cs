namespace Liaison.Domain;

/// <summary>A law-enforcement or security agency of a party, e.g. the Norwegian Police.</summary>
/// <param name="Id">Scenario-unique identifier.</param>
/// <param name="PartyCode">Code of the <see cref="Party"/> the agency belongs to.</param>
/// <param name="Name">English display name.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Agency(string Id, string PartyCode, string Name);
