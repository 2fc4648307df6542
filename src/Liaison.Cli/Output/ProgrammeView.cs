using System.Globalization;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Liaison.Cli.Output;

/// <summary>
/// Prints a programme for people: for each principal, day by day in the event's zone (each day headed
/// with its date, the zone and the offset in force), a table of meetings; then the requests left out
/// with their reasons.
/// </summary>
/// <remarks>All text is printed as plain text, never as markup, so names with brackets print as they are.</remarks>
internal static class ProgrammeView
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("dddd d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern ClockPattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);
    private static readonly OffsetPattern UtcOffsetPattern = OffsetPattern.Create("+HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Prints the programme of <paramref name="scenario"/>.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="scenario">The scenario planned.</param>
    /// <param name="programme">The planner's programme for it.</param>
    public static void Render(IAnsiConsole console, Scenario scenario, Programme programme)
    {
        foreach (var principal in scenario.Principals)
        {
            var meetings = programme.Meetings.Where(m => m.ParticipantIds.Contains(principal.Id)).ToList();
            RenderParticipantDays(console, scenario, principal.DisplayName, meetings, principal.Id);
        }

        var withoutPrincipal = programme.Meetings
            .Where(m => !m.ParticipantIds.Any(id => scenario.Participant(id) is Principal))
            .ToList();
        if (withoutPrincipal.Count > 0)
        {
            RenderParticipantDays(console, scenario, "Meetings between delegations", withoutPrincipal, viewpointId: null);
        }

        RenderUnplaced(console, scenario, programme.Unplaced);
    }

    private static void RenderParticipantDays(IAnsiConsole console, Scenario scenario, string heading,
        List<ScheduledMeeting> meetings, string? viewpointId)
    {
        console.WriteLine();
        WriteHeading(console, heading);
        if (meetings.Count == 0)
        {
            console.WriteLine("No meetings.");
            return;
        }

        var zone = scenario.Event.TimeZone;
        foreach (var day in meetings.OrderBy(m => m.Time.Start).GroupBy(m => m.Time.Start.InZone(zone).Date))
        {
            console.WriteLine();
            console.Write(new Text(DayHeading(zone, day.Key, day.ToList()), new Style(decoration: Decoration.Bold)));
            console.WriteLine();
            var table = new Table()
                .AddColumns("Time", "Counterpart", "Room", "Interpreters", "Topics", "Note");
            foreach (var meeting in day)
            {
                table.AddRow(Row(scenario, meeting, viewpointId).Select(cell => new Text(cell)));
            }

            console.Write(table);
        }
    }

    private static void WriteHeading(IAnsiConsole console, string heading)
    {
        console.Write(new Text(heading, new Style(decoration: Decoration.Bold | Decoration.Underline)));
        console.WriteLine();
    }

    private static string DayHeading(DateTimeZone zone, LocalDate date, IReadOnlyList<ScheduledMeeting> meetings)
    {
        var offsets = meetings
            .SelectMany(m => new[] { zone.GetUtcOffset(m.Time.Start), zone.GetUtcOffset(m.Time.End) })
            .Distinct()
            .Select(offset => $"UTC{UtcOffsetPattern.Format(offset)}");
        return $"{DayPattern.Format(date)} · {zone.Id} ({string.Join(" / ", offsets)})";
    }

    private static IEnumerable<string> Row(Scenario scenario, ScheduledMeeting meeting, string? viewpointId)
    {
        var zone = scenario.Event.TimeZone;
        var request = scenario.Request(meeting.RequestId);
        yield return $"{ClockPattern.Format(meeting.Time.Start.InZone(zone).TimeOfDay)}–{ClockPattern.Format(meeting.Time.End.InZone(zone).TimeOfDay)}";
        yield return string.Join("; ", meeting.ParticipantIds
            .Where(id => id != viewpointId)
            .Select(id => Describe(scenario, scenario.Participant(id))));
        yield return scenario.Room(meeting.RoomId).Name;
        yield return string.Join(", ", meeting.InterpreterIds.Select(id => scenario.Interpreter(id).Name));
        yield return string.Join(", ", request.Topics);
        yield return string.Join(", ", Notes(request));
    }

    private static IEnumerable<string> Notes(MeetingRequest request)
    {
        if (request.Publicity == Publicity.Confidential)
        {
            yield return "confidential";
        }

        if (request.NeedsSigningRoom)
        {
            yield return "signing";
        }
    }

    private static string Describe(Scenario scenario, Participant participant) => participant switch
    {
        Delegation delegation => $"{scenario.Party(delegation.PartyCode).Name} ({delegation.PartyCode}), {delegation.HeadOfDelegation}",
        _ => participant.DisplayName,
    };

    private static void RenderUnplaced(IAnsiConsole console, Scenario scenario, IReadOnlyList<UnplacedRequest> unplaced)
    {
        console.WriteLine();
        WriteHeading(console, string.Create(CultureInfo.InvariantCulture, $"Unplaced requests ({unplaced.Count})"));
        if (unplaced.Count == 0)
        {
            console.WriteLine("None: every request is in the programme.");
            return;
        }

        var table = new Table().AddColumns("Request", "Requested by", "Reason");
        foreach (var left in unplaced)
        {
            var requester = scenario.Participant(scenario.Request(left.RequestId).RequestedBy);
            table.AddRow(
                new Text(left.RequestId),
                new Text(Describe(scenario, requester)),
                new Text($"{ReasonText(left.Reason)}: {left.Detail}"));
        }

        console.Write(table);
    }

    private static string ReasonText(UnplacedReason reason) => reason switch
    {
        UnplacedReason.NoCommonFreeTime => "no common free time",
        UnplacedReason.NoSuitableRoom => "no suitable room",
        UnplacedReason.NoInterpreter => "no interpreter",
        UnplacedReason.CrowdedOut => "crowded out",
        _ => reason.ToString(),
    };
}
