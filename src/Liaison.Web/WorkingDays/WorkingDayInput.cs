using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Liaison.Web.WorkingDays;

/// <summary>The body that adds or changes a working day; all times event-local, in the event's IANA zone.</summary>
/// <param name="Date">The event-local date, <c>YYYY-MM-DD</c>; each date once per event.</param>
/// <param name="Start">Event-local start of the working hours, <c>HH:mm</c>.</param>
/// <param name="End">Event-local end of the working hours, <c>HH:mm</c>, after <paramref name="Start"/> on the same date (so a day is under 24 hours).</param>
/// <param name="UnscheduleMeetings">Confirms that scheduled meetings falling outside the new hours leave the programme (their requests go back to Accepted); without it such a change answers 409 naming them.</param>
/// <param name="Version">For a change: the version read (409 when it changed meanwhile). Ignored when adding.</param>
public sealed record WorkingDayInput(
    [property: Required] DateOnly? Date,
    [property: Required] TimeOnly? Start,
    [property: Required] TimeOnly? End,
    bool UnscheduleMeetings = false,
    int Version = 0)
{
    /// <summary>The change for <see cref="WorkingDayChanges"/> (call after validation: the three times are set).</summary>
    public WorkingDayChange ToChange() => new(
        LocalDate.FromDateOnly(Date!.Value), LocalTime.FromTimeOnly(Start!.Value), LocalTime.FromTimeOnly(End!.Value), UnscheduleMeetings, Version);
}
