using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Interchange.Programmes;

/// <summary>
/// What the programme files say about one meeting, resolved against its scenario: the request,
/// the room, the people and the visiting side, and the times in the event's zone.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class MeetingFacts
{
    private MeetingFacts(Scenario scenario, ScheduledMeeting meeting)
    {
        Meeting = meeting;
        Request = scenario.Request(meeting.RequestId);
        Room = scenario.Room(meeting.RoomId);
        Requester = scenario.Participant(Request.RequestedBy);
        Invitees = Request.Invitees.Select(scenario.Participant).ToList();
        Counterparts = meeting.ParticipantIds.Select(scenario.Participant).OfType<Delegation>()
            .Select(d => scenario.Party(d.PartyCode)).Distinct().ToList();
        Interpreters = meeting.InterpreterIds.Select(scenario.Interpreter).ToList();
        Zone = scenario.Event.TimeZone;
    }

    /// <summary>The meeting.</summary>
    public ScheduledMeeting Meeting { get; }

    /// <summary>The request it fulfils.</summary>
    public MeetingRequest Request { get; }

    /// <summary>Its room.</summary>
    public Room Room { get; }

    /// <summary>The requesting delegation.</summary>
    public Participant Requester { get; }

    /// <summary>The principals or delegations asked for.</summary>
    public IReadOnlyList<Participant> Invitees { get; }

    /// <summary>The visiting side: the party of every delegation at the table, each once, in participant order.</summary>
    public IReadOnlyList<Party> Counterparts { get; }

    /// <summary>Interpreters assigned.</summary>
    public IReadOnlyList<Interpreter> Interpreters { get; }

    /// <summary>The event's zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Event-local start, with its offset.</summary>
    public ZonedDateTime Start => Meeting.Time.Start.InZone(Zone);

    /// <summary>Event-local end, with its offset.</summary>
    public ZonedDateTime End => Meeting.Time.End.InZone(Zone);

    /// <summary>The facts of each meeting of <paramref name="programme"/>, in start order (then request id).</summary>
    /// <exception cref="KeyNotFoundException">When a meeting names a request, room, participant or interpreter the scenario lacks.</exception>
    public static IReadOnlyList<MeetingFacts> Of(Scenario scenario, Programme programme) =>
        programme.Meetings
            .OrderBy(m => m.Time.Start)
            .ThenBy(m => m.RequestId, StringComparer.Ordinal)
            .Select(m => new MeetingFacts(scenario, m))
            .ToList();

    /// <summary><c>public</c> or <c>confidential</c>, as written in the files.</summary>
    public string PublicityText => Request.Publicity == Publicity.Public ? "public" : "confidential";
}
