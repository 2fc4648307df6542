using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Rooms;

/// <summary>The body that creates or edits a room.</summary>
/// <param name="ScenarioId">Id unique among the event's rooms; cannot change once created.</param>
/// <param name="Name">Name shown on the programme.</param>
/// <param name="Capacity">Seats at the table, 2 to 500.</param>
/// <param name="SuitableForSigning">Whether a signing ceremony can be held there.</param>
/// <param name="Version">For an edit: the version read (409 when it changed meanwhile). Ignored on create.</param>
public sealed record RoomInput(
    [property: Required, StringLength(64, MinimumLength = 1)] string ScenarioId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Range(2, 500)] int Capacity,
    bool SuitableForSigning,
    int Version = 0);
