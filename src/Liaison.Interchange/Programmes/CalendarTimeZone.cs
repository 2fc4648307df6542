using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Duration = NodaTime.Duration;
using NodaTime;
using NodaTime.TimeZones;

namespace Liaison.Interchange.Programmes;

/// <summary>
/// Builds the VTIMEZONE of an event's zone from NodaTime's tzdb as a list of explicit observances,
/// one per offset in force around the event, with no recurrence rules.
/// </summary>
/// <remarks>
/// Zones such as <c>Africa/Casablanca</c> change offset on dates no yearly rule describes (Ramadan
/// follows the lunar calendar). Ical.Net's own generator (VTimeZone.FromDateTimeZone, version 5.2.4)
/// writes a yearly rule and wrong offsets for that zone, so a client that trusts the VTIMEZONE
/// (rather than the TZID) would show meetings an hour off. Listing each observance with its exact
/// onset is what RFC 5545 section 3.6.5 allows and every client reads. Stateless and thread-safe.
/// </remarks>
internal static class CalendarTimeZone
{
    /// <summary>The VTIMEZONE for <paramref name="zone"/>, exact over <paramref name="covering"/>.</summary>
    /// <param name="zone">The event's zone.</param>
    /// <param name="covering">The UTC interval the calendar's times fall in; a day either side is added.</param>
    public static VTimeZone For(DateTimeZone zone, Interval covering)
    {
        var margin = Duration.FromDays(1);
        var vtimezone = new VTimeZone(zone.Id);
        foreach (var interval in zone.GetZoneIntervals(covering.Start - margin, covering.End + margin))
        {
            vtimezone.TimeZoneInfos.Add(Observance(zone, interval));
        }

        return vtimezone;
    }

    private static VTimeZoneInfo Observance(DateTimeZone zone, ZoneInterval interval)
    {
        // The first observance may have begun before tzdb's first transition; the Unix epoch then stands in.
        var onset = interval.HasStart ? interval.Start : Instant.FromUnixTimeSeconds(0);
        var offsetFrom = interval.HasStart ? zone.GetUtcOffset(onset - Duration.Epsilon) : interval.WallOffset;
        return new VTimeZoneInfo
        {
            Name = interval.Savings > Offset.Zero ? Components.Daylight : Components.Standard,
            TimeZoneName = interval.Name,
            OffsetFrom = new UtcOffset(offsetFrom.ToTimeSpan()),
            OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
            DtStart = new CalDateTime(onset.WithOffset(offsetFrom).LocalDateTime.ToDateTimeUnspecified(), tzId: null, hasTime: true),
        };
    }
}
