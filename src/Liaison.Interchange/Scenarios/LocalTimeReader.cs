using System.Globalization;
using Liaison.Domain;
using Liaison.Interchange.Json;
using NodaTime;

namespace Liaison.Interchange.Scenarios;

/// <summary>
/// Reads the event-local dates and times of a scenario file and converts them to UTC in the
/// event's zone, reporting malformed text, skipped or repeated local times, intervals that end
/// before they start and intervals outside the event.
/// </summary>
/// <remarks>
/// When the zone or the event's days are unknown (already reported), conversion and range checks
/// are skipped so that one mistake does not cascade into many. Not thread-safe.
/// </remarks>
internal sealed class LocalTimeReader(ProblemList problems)
{
    private const string LocalDateTimeForm = "write an event-local date and time in double quotes, such as \"2024-11-25T09:30\" (no offset; the zone is $.event.timeZone)";

    private const string DateForm = "write a date in double quotes, such as \"2024-11-25\" (year-month-day)";

    private const string TimeOfDayForm = "write a 24-hour time in double quotes, such as \"09:00\" or \"18:30\"";

    /// <summary>The event's zone, once known.</summary>
    public DateTimeZone? Zone { get; set; }

    /// <summary>The event's local span [first day 00:00, day after the last 00:00), once known.</summary>
    public (LocalDateTime Start, LocalDateTime End)? EventSpan { get; set; }

    /// <summary>A date member in <c>YYYY-MM-DD</c> form.</summary>
    public LocalDate? Date(JsonObjectReader obj, string name)
    {
        var text = obj.String(name, required: true, DateForm);
        if (text is null)
        {
            return null;
        }

        var result = TimeText.Date.Parse(text);
        if (!result.Success)
        {
            problems.Add(obj.PathOf(name), $"'{text}' is not a date", DateForm);
            return null;
        }

        return result.Value;
    }

    /// <summary>A time-of-day member in <c>HH:mm</c> form.</summary>
    public LocalTime? TimeOfDay(JsonObjectReader obj, string name)
    {
        var text = obj.String(name, required: true, TimeOfDayForm);
        if (text is null)
        {
            return null;
        }

        var result = TimeText.TimeOfDay.Parse(text);
        if (!result.Success)
        {
            problems.Add(obj.PathOf(name), $"'{text}' is not a time of day", TimeOfDayForm);
            return null;
        }

        return result.Value;
    }

    /// <summary>An event-local date-time member.</summary>
    public LocalDateTime? LocalDateTime(JsonObjectReader obj, string name)
    {
        var text = obj.String(name, required: true, LocalDateTimeForm);
        if (text is null)
        {
            return null;
        }

        var value = TimeText.ParseLocal(text);
        if (value is null)
        {
            problems.Add(obj.PathOf(name), $"'{text}' is not an event-local date and time", LocalDateTimeForm);
        }

        return value;
    }

    /// <summary>Converts <paramref name="local"/> to UTC in the event's zone; reports skipped and repeated times.</summary>
    /// <returns>The instant, or <c>null</c> when the zone is unknown or the time is not unique.</returns>
    public Instant? ToInstant(LocalDateTime local, string path)
    {
        if (Zone is null)
        {
            return null;
        }

        if (EventTime.TryToInstant(Zone, local, out var instant, out var problem))
        {
            return instant;
        }

        problems.Add(path, problem!, ClockChangeFix(Zone, local));
        return null;
    }

    /// <summary>
    /// Names the local times the clocks skip or repeat around <paramref name="local"/>, e.g.
    /// "the clocks skip 02:00–02:59 on 2025-04-06 in Africa/Casablanca; choose a time outside it".
    /// </summary>
    private static string ClockChangeFix(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        var early = mapping.EarlyInterval;
        var late = mapping.LateInterval;
        var beforeChange = early.End.WithOffset(early.WallOffset).LocalDateTime;
        var afterChange = late.Start.WithOffset(late.WallOffset).LocalDateTime;
        var (verb, first, end) = mapping.Count == 0 ? ("skip", beforeChange, afterChange) : ("repeat", afterChange, beforeChange);
        var last = end.PlusMinutes(-1);
        return string.Create(CultureInfo.InvariantCulture,
            $"the clocks {verb} {first:HH:mm}–{last:HH:mm} on {first:yyyy-MM-dd} in {zone.Id}; choose a time outside it");
    }

    /// <summary>
    /// Reads members <paramref name="startName"/> and <paramref name="endName"/> of <paramref name="obj"/>
    /// as an interval; the end must be after the start, and with <paramref name="insideEvent"/> both must
    /// lie within the event's days.
    /// </summary>
    /// <returns>The UTC interval, or <c>null</c> when anything was wrong.</returns>
    public Interval? Interval(JsonObjectReader obj, string startName, string endName, bool insideEvent)
    {
        var start = LocalDateTime(obj, startName);
        var end = LocalDateTime(obj, endName);
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e <= s)
        {
            problems.Add(obj.PathOf(endName), $"'{endName}' ({TimeText.FormatLocal(e)}) is not after '{startName}' ({TimeText.FormatLocal(s)})",
                $"make '{endName}' later than '{startName}'");
            return null;
        }

        if (insideEvent && EventSpan is { } span && (s < span.Start || e > span.End))
        {
            problems.Add(obj.Path, $"{TimeText.FormatLocal(s)} to {TimeText.FormatLocal(e)} lies outside the event, which runs from {TimeText.FormatLocal(span.Start)} to {TimeText.FormatLocal(span.End)}",
                "move it within the event's days, or add the day to $.event.days");
            return null;
        }

        var startInstant = ToInstant(s, obj.PathOf(startName));
        var endInstant = ToInstant(e, obj.PathOf(endName));
        return startInstant is { } a && endInstant is { } b ? new Interval(a, b) : null;
    }
}
