using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>One working day of an event, in event-local date and times.</summary>
public sealed class EventDayEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>Event-local calendar date; unique per event.</summary>
    public LocalDate Date { get; set; }

    /// <summary>Event-local start of the working hours (inclusive).</summary>
    public LocalTime Start { get; set; }

    /// <summary>Event-local end of the working hours (exclusive).</summary>
    public LocalTime End { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
