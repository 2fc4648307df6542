using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// Converts event-local times to UTC instants under one named policy: a local time that the
/// zone skips (clocks go forward) or repeats (clocks go back) is refused, never guessed.
/// </summary>
/// <remarks>
/// Morocco (<c>Africa/Casablanca</c>) moves from UTC+01 to UTC+00 for Ramadan and back
/// afterwards, so the same wall-clock time maps to different UTC instants across the year;
/// every conversion therefore goes through the zone's rules for that date (IANA tzdb as
/// bundled by NodaTime, not the machine's zone files). Thread-safe.
/// </remarks>
public static class EventTime
{
    /// <summary>Maps an event-local date and time to its UTC instant.</summary>
    /// <param name="zone">The event's IANA zone.</param>
    /// <param name="local">The event-local date and time.</param>
    /// <returns>The single instant that <paramref name="local"/> denotes in <paramref name="zone"/>.</returns>
    /// <exception cref="SkippedTimeException">The local time does not exist in the zone (a gap).</exception>
    /// <exception cref="AmbiguousTimeException">The local time occurs twice in the zone (an overlap).</exception>
    public static Instant ToInstant(DateTimeZone zone, LocalDateTime local)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.AtStrictly(local).ToInstant();
    }

    /// <summary>Tries to map an event-local date and time to its UTC instant.</summary>
    /// <param name="zone">The event's IANA zone.</param>
    /// <param name="local">The event-local date and time.</param>
    /// <param name="instant">The instant, when the mapping is unique.</param>
    /// <param name="problem">Why there is no unique instant (skipped or repeated local time), otherwise <c>null</c>.</param>
    /// <returns><c>true</c> when the local time maps to exactly one instant.</returns>
    public static bool TryToInstant(DateTimeZone zone, LocalDateTime local, out Instant instant, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                instant = mapping.Single().ToInstant();
                problem = null;
                return true;
            case 0:
                instant = default;
                problem = $"{local:uuuu-MM-dd'T'HH:mm} does not exist in {zone.Id}: the clocks skip it";
                return false;
            default:
                instant = default;
                problem = $"{local:uuuu-MM-dd'T'HH:mm} occurs twice in {zone.Id}: the clocks go back through it";
                return false;
        }
    }

    /// <summary>The event-local calendar date at <paramref name="now"/>: "today" for due dates and overdue lists.</summary>
    /// <param name="zone">The event's IANA zone.</param>
    /// <param name="now">The current instant, from an injected clock.</param>
    /// <returns>The date a wall calendar in <paramref name="zone"/> shows at <paramref name="now"/>, whatever the offset that day.</returns>
    public static LocalDate Today(DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return now.InZone(zone).Date;
    }
}
