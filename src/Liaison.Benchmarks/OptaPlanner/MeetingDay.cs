using NodaTime;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>One working day of an OptaPlanner meeting-scheduling workbook (sheet <c>Days</c>).</summary>
/// <param name="Date">The calendar date (event-local; the workbooks carry no time zone).</param>
/// <param name="Label">The date cell's text as written, e.g. <c>Sat 2022-01-01</c>; written back unchanged in solved workbooks.</param>
/// <param name="Start">The first grain's start (event-local).</param>
/// <param name="End">The day's end: no grain starts at or after it.</param>
/// <param name="LunchStart">Grains starting in [LunchStart, LunchStart + 1 h) are left out.</param>
public sealed record MeetingDay(LocalDate Date, string Label, LocalTime Start, LocalTime End, LocalTime LunchStart);
