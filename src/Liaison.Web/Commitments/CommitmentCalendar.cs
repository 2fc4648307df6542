using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Liaison.Domain.Commitments;
using NodaTime;

namespace Liaison.Web.Commitments;

/// <summary>
/// Writes an owner unit's commitment due dates as an iCalendar file (RFC 5545) with Ical.Net: one all-day VEVENT per
/// commitment, on its due date (<c>DTSTART;VALUE=DATE</c>, <c>DTEND</c> the next day, exclusive as section 3.6.1 says).
/// </summary>
/// <remarks>
/// All-day VEVENT rather than VTODO: the major calendar clients (Google Calendar, Outlook on a subscribed feed) drop
/// VTODO entirely, while every client shows an all-day event, and a due date is a day, not a time. A DATE value has no
/// zone: it is the due date as the event's zone counts days (the one the overdue view uses), so no client shifts it by
/// its own offset. The UID (<c>{commitmentId}.{eventId:N}@liaison</c>) stays the same across downloads, so a client
/// updates a moved due date instead of adding a second entry. Stateless and thread-safe.
/// </remarks>
internal static class CommitmentCalendar
{
    /// <summary>The calendar as UTF-8 bytes without a byte-order mark.</summary>
    /// <param name="eventId">The event, part of every UID.</param>
    /// <param name="calendarName">The calendar's display name (X-WR-CALNAME).</param>
    /// <param name="commitments">The owner's commitments; done and cancelled ones are written too, marked in the summary.</param>
    /// <param name="stamp">The DTSTAMP of every entry (UTC).</param>
    public static byte[] Write(Guid eventId, string calendarName, IEnumerable<Commitment> commitments, Instant stamp)
    {
        var calendar = new Calendar { ProductId = "-//Liaison//Commitments//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var commitment in commitments)
        {
            var due = commitment.DueDate;
            var after = due.PlusDays(1);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(commitment.Id, eventId),
                DtStamp = new CalDateTime(stamp.ToDateTimeUtc(), CalDateTime.UtcTzId),
                DtStart = new CalDateTime(due.Year, due.Month, due.Day),
                DtEnd = new CalDateTime(after.Year, after.Month, after.Day),
                Summary = $"Due: {commitment.Description}" + (commitment.Status is CommitmentStatus.Done or CommitmentStatus.Cancelled ? $" ({commitment.Status})" : ""),
                Description = $"Owner: {commitment.OwnerUnit}. Status: {commitment.Status}." +
                    (commitment.AgreementId is null ? "" : $" Agreement: {commitment.AgreementId}.") +
                    (commitment.MeetingRequestId is null ? "" : $" Meeting: {commitment.MeetingRequestId}."),
                Transparency = TransparencyType.Transparent,
            });
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }

    /// <summary>The stable UID of a commitment's entry.</summary>
    public static string Uid(string commitmentId, Guid eventId) => $"{commitmentId}.{eventId:N}@liaison";
}
