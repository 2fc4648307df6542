using NodaTime;

namespace Liaison.Web.WorkingDays;

/// <summary>A working day as the API or the set-up page asks for it; checked by <see cref="WorkingDayChanges"/>.</summary>
/// <param name="Date">Event-local date.</param>
/// <param name="Start">Event-local start of the working hours (inclusive).</param>
/// <param name="End">Event-local end of the working hours (exclusive).</param>
/// <param name="UnscheduleMeetings">Whether the caller confirmed unscheduling the meetings the change leaves outside the working hours.</param>
/// <param name="Version">The version read, for a change.</param>
public sealed record WorkingDayChange(LocalDate Date, LocalTime Start, LocalTime End, bool UnscheduleMeetings, int Version);
