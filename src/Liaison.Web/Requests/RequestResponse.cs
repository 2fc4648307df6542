using Liaison.Data.Entities;
using Liaison.Domain;

namespace Liaison.Web.Requests;

/// <summary>A meeting request as the API shows it.</summary>
/// <param name="Id">Surrogate id.</param>
/// <param name="ScenarioId">The scenario's own id (unique in the event).</param>
/// <param name="RequestedBy">Scenario id of the requesting delegation.</param>
/// <param name="Invitees">Scenario ids of the principals or delegations asked for.</param>
/// <param name="DurationMinutes">Length in minutes.</param>
/// <param name="Priority">1 (lowest) to 5 (highest).</param>
/// <param name="Topics">Topic codes.</param>
/// <param name="NeedsSigningRoom">Whether an agreement will be signed.</param>
/// <param name="Publicity">Whether the meeting may be named in public output.</param>
/// <param name="ExpectedAttendees">People at the table, both sides.</param>
/// <param name="Status">Where the request stands.</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record RequestResponse(
    Guid Id, string ScenarioId, string RequestedBy, IReadOnlyList<string> Invitees, int DurationMinutes, int Priority,
    IReadOnlyList<string> Topics, bool NeedsSigningRoom, Publicity Publicity, int ExpectedAttendees, RequestStatus Status, int Version);
