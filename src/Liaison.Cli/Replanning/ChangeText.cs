using System.Globalization;
using Liaison.Domain;
using Liaison.Domain.Changes;
using Liaison.Domain.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Cli.Replanning;

/// <summary>Event-local English text for changes and meetings, each time labelled with the event's zone.</summary>
internal static class ChangeText
{
    private static readonly LocalDateTimePattern When = LocalDateTimePattern.Create("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern Clock = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>One line for <paramref name="change"/>, e.g. <c>delegation d-no arrives late: from Mon 25 Nov 14:00 (Africa/Casablanca)</c>.</summary>
    /// <param name="scenario">The scenario before the changes.</param>
    /// <param name="change">The change.</param>
    public static string Describe(Scenario scenario, ScenarioChange change)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var zone = scenario.Event.TimeZone;
        return change switch
        {
            RequestCancelled c => $"request {c.RequestId} cancelled",
            DelegationArrivesLate late => $"delegation {late.DelegationId} arrives late: from {Local(zone, late.Arrival)}",
            DelegationLeavesEarly early => $"delegation {early.DelegationId} leaves early: at {Local(zone, early.Departure)}",
            RoomLost room => $"room {room.RoomId} lost{(room.From is { } from ? $" from {Local(zone, from)} (withdrawn for the whole re-plan)" : string.Empty)}",
            InterpreterLost interpreter => $"interpreter {interpreter.InterpreterId} lost{(interpreter.From is { } from ? $" from {Local(zone, from)}" : string.Empty)}",
            PrincipalBusy busy => $"principal {busy.PrincipalId} busy {Local(zone, busy.Time.Start)} to {Clock.Format(busy.Time.End.InZone(zone).TimeOfDay)}: {busy.Label}",
            RequestAdded added => $"new request {added.Request.Id} by {added.Request.RequestedBy}",
            _ => change.Describe(),
        };
    }

    /// <summary>
    /// Where and when a meeting is and who interprets, e.g. <c>Mon 25 Nov 10:00–10:30 in Salon Atlas with Interpreter AR/EN 1</c>
    /// (times event-local), so a move that only changes the interpreter shows; names come from <paramref name="before"/>.
    /// </summary>
    /// <param name="before">The scenario before the changes (it still has lost rooms and interpreters).</param>
    /// <param name="meeting">The meeting.</param>
    public static string Place(Scenario before, ScheduledMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(meeting);
        var zone = before.Event.TimeZone;
        var room = before.Rooms.FirstOrDefault(r => r.Id == meeting.RoomId)?.Name ?? meeting.RoomId;
        var interpreters = meeting.InterpreterIds.Select(id => before.Interpreters.FirstOrDefault(i => i.Id == id)?.Name ?? id).ToList();
        var with = interpreters.Count == 0 ? string.Empty : $" with {string.Join(" and ", interpreters)}";
        return $"{When.Format(meeting.Time.Start.InZone(zone).LocalDateTime)}–{Clock.Format(meeting.Time.End.InZone(zone).TimeOfDay)} in {room}{with}";
    }

    private static string Local(DateTimeZone zone, Instant instant) => $"{When.Format(instant.InZone(zone).LocalDateTime)} ({zone.Id})";
}
