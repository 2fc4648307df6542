using System.Text.Json;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using Liaison.Interchange.Json;
using NodaTime;

namespace Liaison.Interchange.Programmes;

/// <summary>
/// Reads programme.json back against its scenario, reporting every unknown request, room,
/// participant or interpreter and every bad time with its JSON path.
/// </summary>
/// <remarks>
/// The derived members (<c>roomName</c>, <c>counterparts</c>, <c>publicity</c>, <c>topics</c>, the
/// counts and the objective) are accepted and ignored: the scenario is their source. One instance
/// reads one document; not thread-safe.
/// </remarks>
internal sealed class ProgrammeJsonReader
{
    private readonly Scenario _scenario;
    private readonly ProblemList _problems;
    private readonly HashSet<string> _seenRequests = new(StringComparer.Ordinal);

    private ProgrammeJsonReader(Scenario scenario, ProblemList problems)
    {
        _scenario = scenario;
        _problems = problems;
    }

    /// <summary>Validates <paramref name="root"/> and builds the programme.</summary>
    /// <exception cref="InvalidFileException">When any problem was found.</exception>
    public static Programme Read(Scenario scenario, JsonElement root, ProblemList problems)
    {
        var reader = new ProgrammeJsonReader(scenario, problems);
        var obj = JsonObjectReader.Open(new JsonItem(root, "$"), problems, "event", "timeZone", "placed", "requests", "meetings", "unplaced", "objective");
        var meetings = new List<ScheduledMeeting>();
        var unplaced = new List<UnplacedRequest>();
        if (obj is not null)
        {
            reader.CheckZone(obj);
            obj.FreeFormObject("objective");
            obj.String("event", required: false);
            obj.Int("placed", required: false, "a whole number of meetings, 0 or more", 43);
            obj.Int("requests", required: false, "a whole number of requests, 0 or more", 43);
            meetings.AddRange((obj.Array("meetings", required: true) ?? []).Select(reader.ReadMeeting).OfType<ScheduledMeeting>());
            unplaced.AddRange((obj.Array("unplaced", required: false) ?? []).Select(reader.ReadUnplaced).OfType<UnplacedRequest>());
        }

        problems.ThrowIfAny();
        return new Programme(meetings.OrderBy(m => m.Time.Start).ToList(), unplaced);
    }

    private void CheckZone(JsonObjectReader obj)
    {
        var zone = obj.String("timeZone", required: false);
        var expected = _scenario.Event.TimeZone.Id;
        if (zone is not null && zone != expected)
        {
            _problems.Add(obj.PathOf("timeZone"), $"the programme is in '{zone}' but the scenario's event is in '{expected}'",
                "read the programme with the scenario it was planned from");
        }
    }

    private ScheduledMeeting? ReadMeeting(JsonItem item)
    {
        var obj = JsonObjectReader.Open(item, _problems, "requestId", "start", "end", "room", "roomName", "participants",
            "counterparts", "interpreters", "locked", "publicity", "topics");
        if (obj is null)
        {
            return null;
        }

        var before = _problems.Count;
        var request = ReadRequest(obj);
        var time = ReadTime(obj, request);
        var room = ReadReference(obj, "room", id => _scenario.Rooms.Any(r => r.Id == id), "room", "use the id of an entry of the scenario's rooms");
        var participants = ReadReferences(obj, "participants", required: true, _scenario.HasParticipant, "participant",
            "use the id of a principal or delegation of the scenario");
        var interpreters = ReadReferences(obj, "interpreters", required: false, id => _scenario.Interpreters.Any(i => i.Id == id), "interpreter",
            "use the id of an entry of the scenario's interpreters");
        var locked = obj.Bool("locked", required: false) ?? false;
        return _problems.Count == before
            ? new ScheduledMeeting(request!.Id, time!.Value, room!, participants!, interpreters ?? [], locked)
            : null;
    }

    private UnplacedRequest? ReadUnplaced(JsonItem item)
    {
        var obj = JsonObjectReader.Open(item, _problems, "requestId", "reason", "reasonCode");
        if (obj is null)
        {
            return null;
        }

        var before = _problems.Count;
        var request = ReadRequest(obj);
        var reason = obj.String("reason", required: true);
        var code = obj.Choice("reasonCode", required: true, [.. ReasonCodes.All]);
        return _problems.Count == before ? new UnplacedRequest(request!.Id, ReasonCodes.Parse(code!), reason!) : null;
    }

    private MeetingRequest? ReadRequest(JsonObjectReader obj)
    {
        var id = obj.String("requestId", required: true);
        if (id is null)
        {
            return null;
        }

        if (!_scenario.Requests.Any(r => r.Id == id))
        {
            _problems.Add(obj.PathOf("requestId"), $"unknown request '{id}'", "use the id of a request of the scenario the programme was planned from");
            return null;
        }

        if (!_seenRequests.Add(id))
        {
            _problems.Add(obj.PathOf("requestId"), $"the request '{id}' appears more than once", "place or leave out each request once");
            return null;
        }

        return _scenario.Request(id);
    }

    private Interval? ReadTime(JsonObjectReader obj, MeetingRequest? request)
    {
        var start = ReadInstant(obj, "start");
        var end = ReadInstant(obj, "end");
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e <= s)
        {
            _problems.Add(obj.PathOf("end"), "the meeting ends before or when it starts", "make 'end' later than 'start'");
            return null;
        }

        var minutes = (e - s).TotalMinutes;
        if (request is not null && minutes != request.DurationMinutes)
        {
            _problems.Add(obj.PathOf("end"), $"the meeting lasts {minutes} minutes but request '{request.Id}' asks for {request.DurationMinutes}",
                $"set 'end' {request.DurationMinutes} minutes after 'start'");
            return null;
        }

        return new Interval(s, e);
    }

    private Instant? ReadInstant(JsonObjectReader obj, string name)
    {
        var text = obj.String(name, required: true);
        if (text is null)
        {
            return null;
        }

        var parsed = TimeText.WithOffset.Parse(text);
        if (!parsed.Success)
        {
            _problems.Add(obj.PathOf(name), $"'{text}' is not a date and time with offset", "write it as \"2024-11-25T10:00:00+01:00\" (event-local time and its UTC offset)");
            return null;
        }

        var instant = parsed.Value.ToInstant();
        var offset = _scenario.Event.TimeZone.GetUtcOffset(instant);
        if (offset != parsed.Value.Offset)
        {
            _problems.Add(obj.PathOf(name), $"the offset of '{text}' is not the offset of {_scenario.Event.TimeZone.Id} at that time ({TimeText.Offset.Format(offset)})",
                "write the event-local time with the zone's offset for that date");
            return null;
        }

        return instant;
    }

    private string? ReadReference(JsonObjectReader obj, string name, Func<string, bool> exists, string what, string fix)
    {
        var id = obj.String(name, required: true);
        if (id is not null && !exists(id))
        {
            _problems.Add(obj.PathOf(name), $"unknown {what} '{id}'", fix);
            return null;
        }

        return id;
    }

    private List<string>? ReadReferences(JsonObjectReader obj, string name, bool required, Func<string, bool> exists, string what, string fix)
    {
        var ids = obj.Strings(name, required);
        foreach (var (id, path) in ids ?? [])
        {
            if (!exists(id))
            {
                _problems.Add(path, $"unknown {what} '{id}'", fix);
            }
        }

        return ids?.Select(i => i.Value).ToList();
    }
}
