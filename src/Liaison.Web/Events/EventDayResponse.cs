namespace Liaison.Web.Events;

/// <summary>A working day: its date and working hours, event-local.</summary>
/// <param name="Date">Event-local date.</param>
/// <param name="Start">Event-local start of working hours.</param>
/// <param name="End">Event-local end of working hours.</param>
public sealed record EventDayResponse(DateOnly Date, TimeOnly Start, TimeOnly End);
