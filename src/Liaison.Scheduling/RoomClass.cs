using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// Rooms that no request can tell apart: same seats, signing suitability, features and venue.
/// The CP-SAT models choose a class with a capacity (cumulative) constraint and give each meeting
/// its room afterwards, which removes the symmetry of many identical rooms (brokerage tables).
/// </summary>
/// <param name="Index">Position in <see cref="PlanningProblem.RoomClasses"/>; negative for a single room standing as its own class (<see cref="Single"/>).</param>
/// <param name="Rooms">Its rooms in scenario order; never empty.</param>
internal sealed record RoomClass(int Index, IReadOnlyList<Room> Rooms)
{
    /// <summary>The rooms' venue, or <c>null</c>.</summary>
    public string? VenueId => Rooms[0].VenueId;

    /// <summary>A room standing for the class in travel-time look-ups (all share the venue).</summary>
    public Room Sample => Rooms[0];

    /// <summary>Whether this is one room standing as its own class, so its held meetings are known one by one.</summary>
    public bool IsSingleRoom => Index < 0;

    /// <summary>One room as its own class, for models small enough to choose rooms exactly.</summary>
    public static RoomClass Single(Room room) => new(-1, [room]);
}
