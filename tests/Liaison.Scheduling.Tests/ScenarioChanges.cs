using Liaison.Domain;
using NodaTime;

namespace Liaison.Scheduling.Tests;

/// <summary>Copies of a scenario with the changes re-planning deals with: a cancellation, a late delegation, a room lost.</summary>
internal static class ScenarioChanges
{
    /// <summary>
    /// Cancels request number <paramref name="cancel"/> (none when negative), makes delegation number <paramref name="late"/> arrive
    /// <paramref name="hoursLate"/> hours later (when it still leaves after that), and loses room number
    /// <paramref name="roomLost"/> (when another room remains); numbers are taken modulo the list lengths.
    /// </summary>
    public static Scenario Apply(Scenario scenario, int cancel, int late, int hoursLate, int roomLost)
    {
        var requests = scenario.Requests.Where((_, i) => cancel < 0 || i != cancel % scenario.Requests.Count).ToList();
        var delegations = scenario.Delegations.Select((d, i) =>
            i == late % scenario.Delegations.Count && d.Arrival + Duration.FromHours(hoursLate) < d.Departure
                ? new Delegation(d.Id, d.PartyCode, d.AgencyId, d.HeadOfDelegation, d.Languages, d.Arrival + Duration.FromHours(hoursLate), d.Departure)
                : d).ToList();
        var lost = scenario.Rooms.Count > 1 ? scenario.Rooms[roomLost % scenario.Rooms.Count].Id : null;
        var rooms = scenario.Rooms.Where(r => r.Id != lost).ToList();
        var kept = requests.Select(r => r.Lock is { } pinned && pinned.RoomId == lost ? r.WithLock(null) : r).ToList();
        return new Scenario(scenario.Event, scenario.Parties, scenario.Agencies, delegations, scenario.Principals, rooms,
            scenario.Interpreters, scenario.BlockedTimes, kept, scenario.Venues, scenario.TravelTimes);
    }
}
