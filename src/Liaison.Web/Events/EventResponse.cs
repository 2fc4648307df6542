namespace Liaison.Web.Events;

/// <summary>An event as the API shows it.</summary>
/// <param name="Id">Surrogate id used in every URL under <c>/api/events/{eventId}</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Venue">Venue or city.</param>
/// <param name="TimeZone">IANA zone id; every event-local time is in this zone.</param>
/// <param name="PlanningStepMinutes">Meeting starts lie on multiples of this many minutes from each day's start.</param>
/// <param name="ProtocolBufferMinutes">Minutes a principal keeps free between meetings.</param>
/// <param name="Days">Working days, event-local, in date order.</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record EventResponse(
    Guid Id, string Name, string Venue, string TimeZone, int PlanningStepMinutes, int ProtocolBufferMinutes,
    IReadOnlyList<EventDayResponse> Days, int Version);
