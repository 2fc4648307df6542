using NodaTime;

namespace Liaison.Reporting;

/// <summary>The meetings that started on one day of the event.</summary>
/// <param name="Date">The event-local date (in the event's time zone, not the reader's).</param>
/// <param name="Meetings">Meetings starting that day, confidential ones included.</param>
public sealed record DayCount(LocalDate Date, int Meetings);
