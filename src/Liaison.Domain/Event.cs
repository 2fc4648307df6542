using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// An assembly, summit or brokerage event: where and when it is held, in which IANA zone,
/// and the planning grain used for its programme.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Event
{
    /// <summary>The planning step used when a scenario names none: 5 minutes.</summary>
    public const int DefaultPlanningStepMinutes = 5;

    /// <summary>The protocol buffer used when a scenario names none: 10 minutes.</summary>
    public const int DefaultProtocolBufferMinutes = 10;

    /// <summary>Creates an event.</summary>
    /// <param name="name">Display name, e.g. "92nd INTERPOL General Assembly".</param>
    /// <param name="venue">Venue or city.</param>
    /// <param name="timeZone">The event's IANA zone, e.g. <c>Africa/Casablanca</c>.</param>
    /// <param name="days">Working days; dates must be distinct. Stored in date order.</param>
    /// <param name="planningStepMinutes">Meetings start on multiples of this many minutes from each day's start; 1 to 60, dividing 60.</param>
    /// <param name="protocolBufferMinutes">Minutes a principal keeps free between two meetings; 0 or more.</param>
    /// <exception cref="ArgumentException">On an empty name, no days, repeated dates or an out-of-range step or buffer.</exception>
    public Event(string name, string venue, DateTimeZone timeZone, IEnumerable<EventDay> days,
        int planningStepMinutes = DefaultPlanningStepMinutes, int protocolBufferMinutes = DefaultProtocolBufferMinutes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(venue);
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(days);
        if (planningStepMinutes is < 1 or > 60 || 60 % planningStepMinutes != 0)
        {
            throw new ArgumentException("The planning step must be between 1 and 60 minutes and divide an hour.", nameof(planningStepMinutes));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(protocolBufferMinutes);
        var sorted = days.OrderBy(d => d.Date).ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("An event needs at least one working day.", nameof(days));
        }

        if (sorted.Select(d => d.Date).Distinct().Count() != sorted.Count)
        {
            throw new ArgumentException("Each date may appear only once among the working days.", nameof(days));
        }

        Name = name;
        Venue = venue;
        TimeZone = timeZone;
        Days = sorted;
        PlanningStepMinutes = planningStepMinutes;
        ProtocolBufferMinutes = protocolBufferMinutes;
        WorkingIntervals = sorted
            .Select(d => new Interval(
                EventTime.ToInstant(timeZone, d.Date + d.Start),
                EventTime.ToInstant(timeZone, d.Date + d.End)))
            .ToList();
    }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Venue or city.</summary>
    public string Venue { get; }

    /// <summary>The event's IANA zone; every time shown to a user is in this zone and labelled with it.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Working days in date order.</summary>
    public IReadOnlyList<EventDay> Days { get; }

    /// <summary>The working hours of each day as UTC intervals, in the order of <see cref="Days"/>.</summary>
    public IReadOnlyList<Interval> WorkingIntervals { get; }

    /// <summary>Meeting starts lie on multiples of this many minutes from the start of their day.</summary>
    public int PlanningStepMinutes { get; }

    /// <summary>Minutes a principal keeps free between the end of one meeting and the start of the next.</summary>
    public int ProtocolBufferMinutes { get; }

    /// <summary>From the start of the first working day to the end of the last (UTC).</summary>
    public Interval Span => new(WorkingIntervals[0].Start, WorkingIntervals[^1].End);

    /// <summary>The event-local date and time of <paramref name="instant"/>, with its offset.</summary>
    /// <param name="instant">A UTC instant.</param>
    public ZonedDateTime ToLocal(Instant instant) => instant.InZone(TimeZone);
}
