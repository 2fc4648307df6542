namespace Liaison.Web.WorkingDays;

/// <summary>A working day as the API shows it: event-local date and hours, and the UTC instants they stand for.</summary>
/// <param name="Id">Surrogate id.</param>
/// <param name="Date">Event-local date.</param>
/// <param name="Start">Event-local start of the working hours.</param>
/// <param name="End">Event-local end of the working hours (exclusive).</param>
/// <param name="TimeZone">The event's IANA zone, in which <paramref name="Date"/>, <paramref name="Start"/> and <paramref name="End"/> are read.</param>
/// <param name="StartUtc">The start as a UTC instant (offset zero).</param>
/// <param name="EndUtc">The end as a UTC instant (offset zero).</param>
/// <param name="StartLocal">The start, ISO 8601 with that day's offset, e.g. <c>2025-02-23T09:00:00+00:00</c> in Ramadan in Morocco.</param>
/// <param name="EndLocal">The end, ISO 8601 with that day's offset.</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record WorkingDayResponse(
    Guid Id, DateOnly Date, TimeOnly Start, TimeOnly End, string TimeZone,
    DateTimeOffset StartUtc, DateTimeOffset EndUtc, string StartLocal, string EndLocal, int Version);
