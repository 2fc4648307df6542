using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// One working day of an event: a calendar date and the event-local working hours
/// within which meetings may be held.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EventDay
{
    /// <summary>Creates a working day.</summary>
    /// <param name="date">The event-local calendar date.</param>
    /// <param name="start">Event-local time the working hours start (inclusive).</param>
    /// <param name="end">Event-local time the working hours end (exclusive); must be after <paramref name="start"/> on the same date.</param>
    /// <exception cref="ArgumentException">When <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public EventDay(LocalDate date, LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"The working hours of {date:uuuu-MM-dd} end ({end:HH:mm}) before they start ({start:HH:mm}).", nameof(end));
        }

        Date = date;
        Start = start;
        End = end;
    }

    /// <summary>The event-local calendar date.</summary>
    public LocalDate Date { get; }

    /// <summary>Event-local start of the working hours (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>Event-local end of the working hours (exclusive).</summary>
    public LocalTime End { get; }
}
