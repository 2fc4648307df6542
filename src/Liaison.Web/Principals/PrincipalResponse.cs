namespace Liaison.Web.Principals;

/// <summary>A host principal as the API shows it.</summary>
/// <param name="Id">Surrogate id.</param>
/// <param name="ScenarioId">The scenario's own id (shared namespace with delegations).</param>
/// <param name="Title">Title of the office held, e.g. "Director General for National Security".</param>
/// <param name="Languages">Working languages (BCP 47).</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record PrincipalResponse(Guid Id, string ScenarioId, string Title, IReadOnlyList<string> Languages, int Version);
