namespace Liaison.Web.Delegations;

/// <summary>A delegation as the API shows it.</summary>
/// <param name="Id">Surrogate id; a liaison officer is bound to one of these.</param>
/// <param name="ScenarioId">The scenario's own id (unique in the event), used by requests and meetings.</param>
/// <param name="PartyCode">ISO 3166-1 alpha-2 code or organisation code.</param>
/// <param name="HeadOfDelegation">Title of the head of delegation.</param>
/// <param name="Languages">Working languages (BCP 47).</param>
/// <param name="Arrival">When it can start meeting (UTC).</param>
/// <param name="Departure">When it can no longer meet (UTC).</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record DelegationResponse(
    Guid Id, string ScenarioId, string PartyCode, string HeadOfDelegation, IReadOnlyList<string> Languages,
    DateTimeOffset Arrival, DateTimeOffset Departure, int Version);
