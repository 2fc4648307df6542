using System.Text.Json;
using Liaison.Domain;
using Liaison.Interchange.Json;
using NodaTime;

namespace Liaison.Interchange.Scenarios;

/// <summary>
/// Walks a parsed scenario document section by section, reporting every problem with its JSON
/// path, and builds the <see cref="Scenario"/> only when none was found (docs/scenario.md).
/// </summary>
/// <remarks>
/// Sections are read in dependency order (event, parties, agencies, principals, delegations,
/// rooms, interpreters, blocked times, requests) so that references can be checked against the
/// ids already seen. The event file's own sections (topics, records, agreements, commitments) are
/// allowed at the root and left to <see cref="Events.DossierReader"/>. An id is remembered even when its entry has other problems, so one bad
/// entry does not also make every reference to it "unknown". Each domain object is created only
/// after its own values passed the same checks its constructor makes, so constructors never throw
/// on file input. One instance reads one document; not thread-safe.
/// </remarks>
internal sealed partial class ScenarioReader
{
    /// <summary>The only format version this reader understands.</summary>
    public const int FormatVersion = 1;

    private readonly ProblemList _problems;
    private readonly LocalTimeReader _times;
    private readonly Dictionary<string, string?> _partyKinds = new(StringComparer.Ordinal);

    /// <summary>Party codes already reported as malformed; references to them in any letter case are not reported again.</summary>
    private readonly HashSet<string> _rejectedPartyCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _agencyParties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _participantIsDelegation = new(StringComparer.Ordinal);
    private Event? _event;
    private const string StepsDividingAnHour = "a whole number of minutes that divides an hour: 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60";

    private int? _planningStep;

    private ScenarioReader(ProblemList problems)
    {
        _problems = problems;
        _times = new LocalTimeReader(problems);
    }

    /// <summary>Validates <paramref name="root"/> and builds the scenario.</summary>
    /// <param name="root">The parsed document.</param>
    /// <param name="problems">Receives every problem; thrown as <see cref="InvalidFileException"/> at the end.</param>
    /// <exception cref="InvalidFileException">When any problem was found.</exception>
    public static Scenario Read(JsonElement root, ProblemList problems)
    {
        var scenario = ReadAll(root, problems);
        problems.ThrowIfAny();
        return scenario!;
    }

    /// <summary>
    /// Validates <paramref name="root"/> and builds the scenario without throwing, so that a caller can go on to read the
    /// event file's own sections and report their problems together with the scenario's.
    /// </summary>
    /// <param name="root">The parsed document.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <returns>The scenario, or <c>null</c> when any problem was found.</returns>
    public static Scenario? ReadAll(JsonElement root, ProblemList problems) =>
        new ScenarioReader(problems).ReadRoot(new JsonItem(root, "$"));

    private Scenario? ReadRoot(JsonItem root)
    {
        var obj = JsonObjectReader.Open(root, _problems, "$schema", "formatVersion", "source", "event", "parties",
            "agencies", "principals", "delegations", "venues", "travelTimes", "rooms", "interpreters", "blockedTimes", "requests",
            "topics", "records", "agreements", "commitments");
        if (obj is null)
        {
            return null;
        }

        obj.String("$schema", required: false);
        obj.FreeFormObject("source");
        var version = obj.Int("formatVersion", required: true, $"the whole number {FormatVersion}", FormatVersion);
        if (version is not null and not FormatVersion)
        {
            _problems.Add(obj.PathOf("formatVersion"), $"format version {version} is not supported",
                $"this version of Liaison reads format version {FormatVersion}; write \"formatVersion\": {FormatVersion} and follow docs/scenario.md");
        }

        ReadEvent(obj);
        var parties = ReadParties(obj);
        var agencies = ReadAgencies(obj);
        var principals = ReadPrincipals(obj);
        var delegations = ReadDelegations(obj);
        var venues = ReadVenues(obj);
        var travelTimes = ReadTravelTimes(obj, venues);
        var rooms = ReadRooms(obj);
        var interpreters = ReadInterpreters(obj);
        var blockedTimes = ReadBlockedTimes(obj);
        var requests = ReadRequests(obj);
        return _problems.Any
            ? null
            : new Scenario(_event!, parties, agencies, delegations, principals, rooms, interpreters, blockedTimes, requests, venues, travelTimes);
    }

    private void ReadEvent(JsonObjectReader root)
    {
        var obj = root.Object("event", required: true, "name", "venue", "timeZone", "planningStepMinutes", "protocolBufferMinutes", "days");
        if (obj is null)
        {
            return;
        }

        var problemsBefore = _problems.Count;
        var name = obj.String("name", required: true);
        var venue = obj.String("venue", required: true);
        _times.Zone = ReadZone(obj);
        var step = obj.Int("planningStepMinutes", required: false, StepsDividingAnHour, Event.DefaultPlanningStepMinutes) ?? Event.DefaultPlanningStepMinutes;
        if (step is < 1 or > 60 || 60 % step != 0)
        {
            _problems.Add(obj.PathOf("planningStepMinutes"), $"a planning step of {step} minutes does not divide an hour",
                $"use {StepsDividingAnHour}, e.g. {Event.DefaultPlanningStepMinutes}");
        }
        else
        {
            _planningStep = step;
        }

        var buffer = obj.Int("protocolBufferMinutes", required: false, "a whole number of minutes, 0 or more", Event.DefaultProtocolBufferMinutes) ?? Event.DefaultProtocolBufferMinutes;
        if (buffer < 0)
        {
            _problems.Add(obj.PathOf("protocolBufferMinutes"), $"the protocol buffer is negative ({buffer} minutes)", $"use a whole number of minutes, 0 or more, e.g. {Event.DefaultProtocolBufferMinutes}");
        }

        var days = ReadDays(obj);
        if (_problems.Count == problemsBefore && name is not null && venue is not null && _times.Zone is { } zone && days is not null)
        {
            _event = new Event(name, venue, zone, days, step, buffer);
        }
    }

    private DateTimeZone? ReadZone(JsonObjectReader obj)
    {
        var id = obj.String("timeZone", required: true);
        if (id is null)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is null)
        {
            var near = Suggestion.Closest(id, DateTimeZoneProviders.Tzdb.Ids);
            _problems.Add(obj.PathOf("timeZone"), $"'{id}' is not an IANA time zone", near is null
                ? "use an IANA zone name such as \"Africa/Casablanca\" or \"Europe/Paris\""
                : $"did you mean '{near}'? (zone names are case-sensitive)");
        }

        return zone;
    }

    private List<EventDay>? ReadDays(JsonObjectReader obj)
    {
        var items = obj.Array("days", required: true);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            _problems.Add(obj.PathOf("days"), "the event has no working days", "list at least one day: { \"date\": \"2024-11-25\", \"start\": \"09:00\", \"end\": \"18:00\" }");
            return null;
        }

        var days = new List<EventDay>();
        var dates = new HashSet<LocalDate>();
        var complete = true;
        var allDated = true;
        foreach (var item in items)
        {
            var day = ReadDay(item, dates, out var dated);
            allDated &= dated;
            complete &= day is not null;
            if (day is not null)
            {
                days.Add(day);
            }
        }

        // With a day's date rejected the event's span is unknown: checking other times against a
        // guessed span would only report problems that follow from that one mistake.
        if (dates.Count > 0 && allDated)
        {
            _times.EventSpan = (dates.Min().AtMidnight(), dates.Max().PlusDays(1).AtMidnight());
        }

        return complete ? days : null;
    }

    private EventDay? ReadDay(JsonItem item, HashSet<LocalDate> dates, out bool dated)
    {
        dated = false;
        var obj = JsonObjectReader.Open(item, _problems, "date", "start", "end");
        if (obj is null)
        {
            return null;
        }

        var date = _times.Date(obj, "date");
        dated = date is not null;
        var start = _times.TimeOfDay(obj, "start");
        var end = _times.TimeOfDay(obj, "end");
        if (date is { } d && !dates.Add(d))
        {
            _problems.Add(obj.PathOf("date"), $"the date {TimeText.Date.Format(d)} is listed twice", "list each working day once");
            return null;
        }

        if (date is null || start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e <= s)
        {
            _problems.Add(obj.PathOf("end"), $"the working hours end ({TimeText.TimeOfDay.Format(e)}) before they start ({TimeText.TimeOfDay.Format(s)})",
                "make 'end' later than 'start' on the same day (working hours cannot run past midnight)");
            return null;
        }

        var startOk = _times.ToInstant(date.Value + s, obj.PathOf("start")) is not null;
        var endOk = _times.ToInstant(date.Value + e, obj.PathOf("end")) is not null;
        return startOk && endOk ? new EventDay(date.Value, s, e) : null;
    }

    private bool Claim(HashSet<string> ids, string? id, JsonObjectReader obj, string idMember, string what)
    {
        if (id is null)
        {
            return false;
        }

        if (ids.Add(id))
        {
            return true;
        }

        _problems.Add(obj.PathOf(idMember), $"the {idMember} '{id}' is already used by another {what}", $"give each {what} its own {idMember}");
        return false;
    }
}
