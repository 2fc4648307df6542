using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Web.Localization;

/// <summary>
/// How pages show times: always in the event's zone, labelled with the zone id and the offset in
/// force at that instant (Africa/Casablanca is +01 most of the year and +00 during Ramadan), with
/// the request culture's time and date patterns, e.g. <c>09:30 (Africa/Casablanca, +01)</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class EventTimeFormat
{
    private static readonly OffsetPattern WholeHours = OffsetPattern.CreateWithInvariantCulture("+HH");
    private static readonly OffsetPattern HoursAndMinutes = OffsetPattern.CreateWithInvariantCulture("+HH':'mm");

    /// <summary>The event-local time of day of <paramref name="instant"/>, with the zone label.</summary>
    /// <param name="instant">A UTC instant.</param>
    /// <param name="zone">The event's zone.</param>
    /// <param name="culture">The request culture (time pattern "t").</param>
    public static string Time(Instant instant, DateTimeZone zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = instant.InZone(zone);
        return $"{local.TimeOfDay.ToString("t", culture)} {ZoneLabel(zone, instant)}";
    }

    /// <summary>Start to end of an interval in the event's zone, with one zone label, e.g. <c>09:30-10:00 (Africa/Casablanca, +01)</c>.</summary>
    /// <param name="start">UTC start.</param>
    /// <param name="end">UTC end.</param>
    /// <param name="zone">The event's zone.</param>
    /// <param name="culture">The request culture.</param>
    public static string Span(Instant start, Instant end, DateTimeZone zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{start.InZone(zone).TimeOfDay.ToString("t", culture)}–{end.InZone(zone).TimeOfDay.ToString("t", culture)} {ZoneLabel(zone, start)}";
    }

    /// <summary>An event-local time of day without a label (the grid's row headings, labelled once above).</summary>
    /// <param name="time">Event-local time.</param>
    /// <param name="culture">The request culture.</param>
    public static string TimeOfDay(LocalTime time, CultureInfo culture) => time.ToString("t", culture);

    /// <summary>An event-local date in the culture's long date pattern.</summary>
    /// <param name="date">Event-local date.</param>
    /// <param name="culture">The request culture.</param>
    public static string Date(LocalDate date, CultureInfo culture) => date.ToString("D", culture);

    /// <summary>The label <c>(zone id, offset)</c> for times at <paramref name="at"/>, e.g. <c>(Africa/Casablanca, +01)</c>.</summary>
    /// <param name="zone">The event's zone.</param>
    /// <param name="at">An instant; the offset is the one in force then.</param>
    public static string ZoneLabel(DateTimeZone zone, Instant at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = zone.GetUtcOffset(at);
        return $"({zone.Id}, {(offset.Seconds % 3600 == 0 ? WholeHours : HoursAndMinutes).Format(offset)})";
    }
}
