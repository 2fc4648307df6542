using NodaTime;

namespace Liaison.Web.Setup;

/// <summary>
/// The time an event covers: from 00:00 of its first working day to 24:00 of its last, event-local
/// (docs/scenario.md). Blocked times must lie inside it.
/// </summary>
internal static class EventSpan
{
    /// <summary>The UTC interval covered by <paramref name="dates"/> (at least one) in <paramref name="zone"/>.</summary>
    /// <param name="zone">The event's zone; a midnight the clocks skip starts the day at the first instant that exists (NodaTime's <c>AtStartOfDay</c>).</param>
    /// <param name="dates">The working days' event-local dates.</param>
    /// <exception cref="InvalidOperationException">No dates.</exception>
    public static Interval Of(DateTimeZone zone, IEnumerable<LocalDate> dates)
    {
        var sorted = dates.Order().ToList();
        return new Interval(zone.AtStartOfDay(sorted[0]).ToInstant(), zone.AtStartOfDay(sorted[^1].PlusDays(1)).ToInstant());
    }

    /// <summary>Whether <paramref name="inner"/> lies wholly inside <paramref name="outer"/> (both half-open).</summary>
    /// <param name="outer">The containing interval.</param>
    /// <param name="inner">The interval checked.</param>
    public static bool Contains(Interval outer, Interval inner) => inner.Start >= outer.Start && inner.End <= outer.End;
}
