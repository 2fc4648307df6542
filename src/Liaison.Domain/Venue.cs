namespace Liaison.Domain;

/// <summary>
/// A building or site holding rooms, e.g. the conference centre and a hotel across town. A
/// participant whose consecutive meetings are in different venues needs the travel time between them.
/// </summary>
/// <param name="Id">Scenario-unique identifier.</param>
/// <param name="Name">Display name.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Venue(string Id, string Name);
