namespace Liaison.Web.Rooms;

/// <summary>A meeting room as the API shows it.</summary>
/// <param name="Id">Surrogate id.</param>
/// <param name="ScenarioId">The scenario's own id (unique in the event).</param>
/// <param name="Name">Name shown on the programme.</param>
/// <param name="Capacity">Seats at the table.</param>
/// <param name="SuitableForSigning">Whether a signing ceremony can be held there.</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record RoomResponse(Guid Id, string ScenarioId, string Name, int Capacity, bool SuitableForSigning, int Version);
