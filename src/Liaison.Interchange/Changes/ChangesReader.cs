using System.Text.Json;
using Liaison.Domain;
using Liaison.Domain.Changes;
using Liaison.Interchange.Json;
using Liaison.Interchange.Scenarios;
using NodaTime;

namespace Liaison.Interchange.Changes;

/// <summary>
/// Reads the root and each change of a changes file against the scenario, reporting every problem with its
/// JSON path and fix. Later changes see earlier ones: a delegation's second change starts from its first,
/// a room cannot be lost twice, a request cannot be cancelled twice.
/// </summary>
internal sealed class ChangesReader
{
    public const int FormatVersion = 1;

    private readonly Scenario _scenario;
    private readonly ProblemList _problems;
    private readonly LocalTimeReader _times;
    private readonly ScenarioReader _requests;
    private readonly HashSet<string> _requestIds;
    private readonly HashSet<string> _cancelled = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lost = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blockedIds;
    private readonly Dictionary<string, (Instant Arrival, Instant Departure)> _stays;

    public ChangesReader(Scenario scenario, ProblemList problems)
    {
        _scenario = scenario;
        _problems = problems;
        _times = new LocalTimeReader(problems) { Zone = scenario.Event.TimeZone };
        _requests = ScenarioReader.Seeded(scenario, problems);
        _requestIds = scenario.Requests.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        _blockedIds = scenario.BlockedTimes.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        _stays = scenario.Delegations.ToDictionary(d => d.Id, d => (d.Arrival, d.Departure), StringComparer.Ordinal);
        _times.EventSpan = (scenario.Event.Days[0].Date.AtMidnight(), scenario.Event.Days[^1].Date.PlusDays(1).AtMidnight());
    }

    public List<ScenarioChange> Read(JsonItem root)
    {
        var changes = new List<ScenarioChange>();
        var obj = JsonObjectReader.Open(root, _problems, "$schema", "formatVersion", "changes");
        if (obj is null)
        {
            return changes;
        }

        obj.String("$schema", required: false);
        var version = obj.Int("formatVersion", required: true, $"the whole number {FormatVersion}", FormatVersion);
        if (version is not null and not FormatVersion)
        {
            _problems.Add(obj.PathOf("formatVersion"), $"format version {version} is not supported",
                $"write \"formatVersion\": {FormatVersion} and follow docs/changes.md");
        }

        var items = obj.Array("changes", required: true);
        if (items is { Count: 0 })
        {
            _problems.Add(obj.PathOf("changes"), "the file lists no changes", $"list at least one change, e.g. {{ \"kind\": \"cancellation\", \"request\": \"{ExampleRequestId()}\" }} (ids are case-sensitive)");
        }

        foreach (var (item, index) in (items ?? []).Select((item, index) => (item, index)))
        {
            if (ReadChange(item, index) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    /// <summary>A request id of the scenario for examples, so that the example works as written.</summary>
    private string ExampleRequestId() => _scenario.Requests.Count > 0 ? _scenario.Requests[0].Id : "R01";

    private ScenarioChange? ReadChange(JsonItem item, int index)
    {
        var kinds = string.Join(", ", ChangeKinds.Members.Keys);
        if (item.Element.ValueKind != JsonValueKind.Object)
        {
            JsonObjectReader.Open(item, _problems, "kind");
            return null;
        }

        if (!item.Element.TryGetProperty("kind", out var kindElement) || kindElement.ValueKind != JsonValueKind.String)
        {
            _problems.Add($"{item.Path}.kind", "the change has no 'kind' text", $"add \"kind\" with one of: {kinds}");
            return null;
        }

        var kind = kindElement.GetString()!;
        if (!ChangeKinds.Members.TryGetValue(kind, out var members))
        {
            _problems.Add($"{item.Path}.kind", $"'{kind}' is not a kind of change", $"use one of: {kinds} (case-sensitive)");
            return null;
        }

        var obj = JsonObjectReader.Open(item, _problems, [.. members, "kind"])!;
        var before = _problems.Count;
        ScenarioChange? change = kind switch
        {
            ChangeKinds.Cancellation => Cancellation(obj),
            ChangeKinds.LateArrival => Stay(obj, "arrival", late: true),
            ChangeKinds.EarlyDeparture => Stay(obj, "departure", late: false),
            ChangeKinds.RoomLost => Lost(obj, "room", _scenario.Rooms.Select(r => r.Id), (id, from) => new RoomLost(id, from)),
            ChangeKinds.InterpreterLost => Lost(obj, "interpreter", _scenario.Interpreters.Select(i => i.Id), (id, from) => new InterpreterLost(id, from)),
            ChangeKinds.PrincipalBusy => Busy(obj, index),
            _ => NewRequest(obj, item),
        };
        return _problems.Count == before ? change : null;
    }

    private RequestCancelled? Cancellation(JsonObjectReader obj)
    {
        var id = obj.String("request", required: true);
        if (id is null)
        {
            return null;
        }

        if (_scenario.Requests.All(r => r.Id != id))
        {
            _problems.Add(obj.PathOf("request"), $"unknown request '{id}'", "use the id of an entry of the scenario's $.requests");
            return null;
        }

        if (!_cancelled.Add(id))
        {
            _problems.Add(obj.PathOf("request"), $"the request '{id}' is cancelled twice", "list each cancellation once");
            return null;
        }

        return new RequestCancelled(id);
    }

    private ScenarioChange? Stay(JsonObjectReader obj, string member, bool late)
    {
        var id = Delegation(obj);
        var instant = InstantInEvent(obj, member, required: true);
        if (id is null || instant is not { } when)
        {
            return null;
        }

        var (arrival, departure) = _stays[id];
        var (planned, ok, fix) = late
            ? (arrival, when > arrival && when < departure, "give a time after the planned arrival and before the departure")
            : (departure, when < departure && when > arrival, "give a time before the planned departure and after the arrival");
        if (!ok)
        {
            _problems.Add(obj.PathOf(member), $"{Local(when)} does not fit delegation '{id}', which is present from {Local(arrival)} to {Local(departure)} ({(late ? "arrival" : "departure")} planned {Local(planned)})", fix);
            return null;
        }

        _stays[id] = late ? (when, departure) : (arrival, when);
        return late ? new DelegationArrivesLate(id, when) : new DelegationLeavesEarly(id, when);
    }

    private string? Delegation(JsonObjectReader obj)
    {
        var id = obj.String("delegation", required: true);
        if (id is null || _stays.ContainsKey(id))
        {
            return id;
        }

        _problems.Add(obj.PathOf("delegation"), _scenario.HasParticipant(id) ? $"'{id}' is a principal, not a delegation" : $"unknown delegation '{id}'",
            _scenario.HasParticipant(id) ? "for a principal's new engagement use \"kind\": \"principalBusy\"" : "use the id of an entry of the scenario's $.delegations");
        return null;
    }

    private ScenarioChange? Lost(JsonObjectReader obj, string member, IEnumerable<string> known, Func<string, Instant?, ScenarioChange> create)
    {
        var id = obj.String(member, required: true);
        var from = obj.Has("from") ? InstantInEvent(obj, "from", required: true) : null;
        if (id is null || (obj.Has("from") && from is null))
        {
            return null;
        }

        if (!known.Contains(id, StringComparer.Ordinal))
        {
            _problems.Add(obj.PathOf(member), $"unknown {member} '{id}'", $"use the id of an entry of the scenario's $.{member}s");
            return null;
        }

        if (!_lost.Add($"{member}:{id}"))
        {
            _problems.Add(obj.PathOf(member), $"the {member} '{id}' is lost twice", "list each loss once, with the earliest 'from'");
            return null;
        }

        return create(id, from);
    }

    private PrincipalBusy? Busy(JsonObjectReader obj, int index)
    {
        var id = obj.Has("id") ? obj.String("id", required: true) : $"change-{index + 1}";
        var principal = obj.String("principal", required: true);
        var time = _times.Interval(obj, "start", "end", insideEvent: true);
        var label = obj.String("label", required: true);
        if (principal is not null && !(_scenario.HasParticipant(principal) && _scenario.Participant(principal) is Principal))
        {
            _problems.Add(obj.PathOf("principal"), _scenario.HasParticipant(principal) ? $"'{principal}' is a delegation, not a principal" : $"unknown principal '{principal}'",
                _scenario.HasParticipant(principal) ? "for a delegation use \"lateArrival\" or \"earlyDeparture\", or cancel its requests" : "use the id of an entry of the scenario's $.principals");
            return null;
        }

        if (id is not null && !_blockedIds.Add(id))
        {
            _problems.Add(obj.PathOf("id"), $"the blocked-time id '{id}' is already used", "give the engagement an id not used by the scenario's $.blockedTimes or another change");
            return null;
        }

        return id is null || principal is null || time is not { } busy || label is null ? null : new PrincipalBusy(id, principal, busy, label);
    }

    private RequestAdded? NewRequest(JsonObjectReader obj, JsonItem item)
    {
        if (!obj.Has("request"))
        {
            obj.String("request", required: true);
            return null;
        }

        var request = _requests.ReadOneRequest(new JsonItem(item.Element.GetProperty("request"), obj.PathOf("request")), _requestIds);
        return request is null ? null : new RequestAdded(request);
    }

    private Instant? InstantInEvent(JsonObjectReader obj, string member, bool required)
    {
        if (!required && !obj.Has(member))
        {
            return null;
        }

        var local = _times.LocalDateTime(obj, member);
        if (local is not { } value || _times.ToInstant(value, obj.PathOf(member)) is not { } instant)
        {
            return null;
        }

        var span = _scenario.Event.Span;
        if (instant < span.Start || instant > span.End)
        {
            _problems.Add(obj.PathOf(member), $"{TimeText.FormatLocal(value)} is outside the event, which runs from {Local(span.Start)} to {Local(span.End)}",
                "give an event-local time within the scenario's working days ($.event.days)");
            return null;
        }

        return instant;
    }

    private string Local(Instant instant) => $"{TimeText.FormatLocal(instant.InZone(_scenario.Event.TimeZone).LocalDateTime)} ({_scenario.Event.TimeZone.Id})";
}
