using NodaTime;

namespace Liaison.Domain.Changes;

/// <summary>A room that can no longer be used.</summary>
/// <param name="RoomId">Id of a room of the scenario.</param>
/// <param name="From">
/// UTC instant from which the room is lost, or <c>null</c> for the whole event. Rooms have no availability
/// in the domain, so <see cref="ScenarioChanges.Apply"/> withdraws the room from the whole scenario either way;
/// the instant is kept for the record and for people reading the changes.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RoomLost(string RoomId, Instant? From = null) : ScenarioChange
{
    /// <inheritdoc />
    public override string Describe() => From is { } from ? $"room {RoomId} lost from {from} (UTC)" : $"room {RoomId} lost";
}
