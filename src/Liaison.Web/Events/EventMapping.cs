using Liaison.Data.Entities;
using NodaTime;

namespace Liaison.Web.Events;

/// <summary>Entity to response mapping for events.</summary>
internal static class EventMapping
{
    /// <summary>The response for <paramref name="entity"/> (its <see cref="EventEntity.Days"/> loaded).</summary>
    public static EventResponse ToResponse(this EventEntity entity) => new(
        entity.Id, entity.Name, entity.Venue, entity.TimeZoneId, entity.PlanningStepMinutes, entity.ProtocolBufferMinutes,
        entity.Days.OrderBy(d => d.Date)
            .Select(d => new EventDayResponse(d.Date.ToDateOnly(), d.Start.ToTimeOnly(), d.End.ToTimeOnly())).ToList(),
        entity.Version);

    /// <summary>The event's zone (the zone id was checked when the event was stored).</summary>
    public static DateTimeZone Zone(this EventEntity entity) => DateTimeZoneProviders.Tzdb[entity.TimeZoneId];
}
