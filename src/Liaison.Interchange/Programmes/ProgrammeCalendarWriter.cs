using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Interchange.Programmes;

/// <summary>
/// Writes programme.ics (RFC 5545) with Ical.Net: one VEVENT per meeting, times carried in the
/// event's IANA zone (TZID) with a VTIMEZONE for it, and UIDs that stay the same across writes so
/// that calendar clients update a moved meeting instead of adding a second one.
/// </summary>
/// <remarks>Deterministic: no clock is read. Stateless and thread-safe.</remarks>
internal static class ProgrammeCalendarWriter
{
    /// <summary>Hex digits of the event hash kept in a UID: 48 bits, so two events clash with odds of about one in 10^14.</summary>
    private const int EventHashDigits = 12;

    /// <summary>Writes the calendar to <paramref name="output"/> (UTF-8, no byte-order mark), leaving it open.</summary>
    /// <param name="scenario">The scenario planned.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="stamp">The DTSTAMP of every VEVENT (UTC).</param>
    /// <param name="output">Receives the calendar.</param>
    public static void Write(Scenario scenario, Programme programme, Instant stamp, Stream output)
    {
        var zone = scenario.Event.TimeZone;
        var calendar = new Calendar { ProductId = "-//Liaison//Bilateral programme//EN" };
        calendar.AddTimeZone(CalendarTimeZone.For(zone, Covering(scenario, programme)));
        foreach (var facts in MeetingFacts.Of(scenario, programme))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(facts.Meeting.RequestId, scenario.Event.Name, scenario.Event.Days[0].Date),
                DtStamp = new CalDateTime(stamp.ToDateTimeUtc(), CalDateTime.UtcTzId),
                DtStart = new CalDateTime(facts.Start.LocalDateTime.ToDateTimeUnspecified(), zone.Id),
                DtEnd = new CalDateTime(facts.End.LocalDateTime.ToDateTimeUnspecified(), zone.Id),
                Summary = Summary(facts),
                Location = facts.Room.Name,
                Description = Description(facts),
                Class = facts.Request.Publicity == Publicity.Public ? "PUBLIC" : "CONFIDENTIAL",
            });
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        output.Write(bytes);
    }

    /// <summary>The event's span widened to every meeting, so the VTIMEZONE covers every time written.</summary>
    private static Interval Covering(Scenario scenario, Programme programme)
    {
        var span = scenario.Event.Span;
        var start = programme.Meetings.Select(m => m.Time.Start).Append(span.Start).Min();
        var end = programme.Meetings.Select(m => m.Time.End).Append(span.End).Max();
        return new Interval(start, end);
    }

    /// <summary>
    /// The UID of the meeting for <paramref name="requestId"/>, e.g. <c>R01.3f9a2c81d04e@liaison</c>: the request id,
    /// then the first 12 hex digits (lower case) of the SHA-256 of the UTF-8 text "event name, line feed,
    /// first day as yyyy-MM-dd". The same on every write, and distinct between events whatever the
    /// script of their names (a slug of ASCII letters dropped Arabic names entirely).
    /// </summary>
    /// <param name="requestId">The request's id.</param>
    /// <param name="eventName">The event's name as in the scenario.</param>
    /// <param name="firstDay">The event's first day (event-local date).</param>
    public static string Uid(string requestId, string eventName, LocalDate firstDay)
    {
        var key = $"{eventName}\n{firstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return $"{requestId}.{hash[..EventHashDigits]}@liaison";
    }

    private static string Summary(MeetingFacts facts)
    {
        var visitors = facts.Counterparts.Count > 0 ? string.Join(", ", facts.Counterparts.Select(p => p.Name)) : facts.Requester.DisplayName;
        var hosts = string.Join(", ", facts.Invitees.Where(p => p is Principal).Select(p => p.DisplayName));
        return hosts.Length == 0 ? $"Bilateral: {visitors}" : $"{visitors} – {hosts}";
    }

    private static string Description(MeetingFacts facts)
    {
        var lines = new List<string>
        {
            $"Request {facts.Meeting.RequestId}, requested by {facts.Requester.DisplayName}",
            $"With: {string.Join(", ", facts.Invitees.Select(p => p.DisplayName))}",
            $"Topics: {(facts.Request.Topics.Count == 0 ? "none given" : string.Join(", ", facts.Request.Topics))}",
            $"Interpreters: {(facts.Interpreters.Count == 0 ? "none" : string.Join(", ", facts.Interpreters.Select(i => i.Name)))}",
            $"Publicity: {facts.PublicityText}",
        };
        if (facts.Request.NeedsSigningRoom)
        {
            lines.Add("An agreement will be signed.");
        }

        return string.Join("\n", lines);
    }
}
