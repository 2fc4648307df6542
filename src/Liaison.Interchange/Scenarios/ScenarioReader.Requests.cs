using Liaison.Domain;
using Liaison.Interchange.Json;

namespace Liaison.Interchange.Scenarios;

/// <summary>Meeting requests.</summary>
internal sealed partial class ScenarioReader
{
    /// <summary>The priority of a request that names none.</summary>
    public const int DefaultPriority = 3;

    /// <summary>The people at the table of a request that names no number.</summary>
    public const int DefaultExpectedAttendees = 6;

    private static readonly string PriorityRange = $"a whole number from {MeetingRequest.MinPriority} (lowest) to {MeetingRequest.MaxPriority} (highest)";

    private List<MeetingRequest> ReadRequests(JsonObjectReader root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var requests = new List<MeetingRequest>();
        foreach (var item in root.Array("requests", required: true) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "requestedBy", "invitees", "durationMinutes", "priority", "topics",
                "preferredWindows", "signing", "publicity", "expectedAttendees", "interpretation", "optionalAttendees", "requiredFeatures", "lock");
            if (obj is not null && ReadRequest(obj, ids) is { } request)
            {
                requests.Add(request);
            }
        }

        return requests;
    }

    private MeetingRequest? ReadRequest(JsonObjectReader obj, HashSet<string> ids)
    {
        var problemsBefore = _problems.Count;
        var id = obj.String("id", required: true);
        Claim(ids, id, obj, "id", "meeting request");
        var requester = ReadRequester(obj);
        var invitees = ReadInvitees(obj, requester);
        var duration = ReadDuration(obj);
        var priority = ReadAtLeast(obj, "priority", DefaultPriority, MeetingRequest.MinPriority, PriorityRange, DefaultPriority);
        if (priority > MeetingRequest.MaxPriority)
        {
            _problems.Add(obj.PathOf("priority"), $"the priority {priority} is above {MeetingRequest.MaxPriority}", $"use {PriorityRange}, e.g. {DefaultPriority}");
        }

        var topics = obj.Strings("topics", required: false)?.Select(t => t.Value).ToList() ?? [];
        var windows = ReadIntervals(obj, "preferredWindows");
        var signing = obj.Bool("signing", required: false) ?? false;
        var publicity = obj.Choice("publicity", required: true, "public", "confidential");
        var attendees = ReadAtLeast(obj, "expectedAttendees", DefaultExpectedAttendees, 2, "a whole number of people at the table from both sides, at least 2", DefaultExpectedAttendees);
        var interpretation = obj.Has("interpretation") ? ReadLanguagePairs(obj, "interpretation", required: false) : null;
        var optional = ReadOptionalAttendees(obj, requester, invitees);
        var features = ReadFeatures(obj, "requiredFeatures");
        var locked = obj.Has("lock") ? ReadLock(obj) : null;
        // Times convert only once the zone is known, so a missing value is not always a problem of this request.
        if (_problems.Count != problemsBefore || id is null || requester is null || invitees is null || duration is not { } minutes
            || priority is not { } weight || windows is null || publicity is null || attendees is not { } people || optional is null || features is null
            || (locked is null && obj.Has("lock")))
        {
            return null;
        }

        return new MeetingRequest(id, requester, invitees, minutes, weight, topics, windows, signing,
            publicity == "public" ? Publicity.Public : Publicity.Confidential, people, interpretation, optional, features, locked);
    }

    /// <summary>Optional attendees: known participants, none of them required; an empty list when absent, <c>null</c> on a problem (reported).</summary>
    private List<string>? ReadOptionalAttendees(JsonObjectReader obj, string? requester, List<string>? invitees)
    {
        if (!obj.Has("optionalAttendees"))
        {
            return [];
        }

        var optional = ReadParticipantReferences(obj, "optionalAttendees", required: false);
        var both = optional?.FindIndex(o => o == requester || (invitees?.Contains(o) ?? false)) ?? -1;
        if (both >= 0)
        {
            _problems.Add($"{obj.PathOf("optionalAttendees")}[{both}]", $"'{optional![both]}' is a required participant of this request",
                "list as optional only participants who are neither the requester nor an invitee");
            return null;
        }

        return optional;
    }

    /// <summary>The lock <c>{ "start": event-local date-time, "room": id }</c>; <c>null</c> on a problem (reported).</summary>
    private MeetingLock? ReadLock(JsonObjectReader obj)
    {
        var pinned = obj.Object("lock", required: false, "start", "room");
        if (pinned is null)
        {
            return null;
        }

        var local = _times.LocalDateTime(pinned, "start");
        var start = local is { } l ? _times.ToInstant(l, pinned.PathOf("start")) : null;
        var room = pinned.String("room", required: true);
        if (room is not null && !_roomIds.Contains(room))
        {
            _problems.Add(pinned.PathOf("room"), $"unknown room '{room}'", "use the id of an entry of $.rooms");
            return null;
        }

        return start is { } s && room is not null ? new MeetingLock(s, room) : null;
    }

    private string? ReadRequester(JsonObjectReader obj)
    {
        var id = obj.String("requestedBy", required: true);
        if (id is null)
        {
            return null;
        }

        if (!_participantIsDelegation.TryGetValue(id, out var isDelegation))
        {
            _problems.Add(obj.PathOf("requestedBy"), $"unknown delegation '{id}'", "use the id of an entry of $.delegations");
            return null;
        }

        if (!isDelegation)
        {
            _problems.Add(obj.PathOf("requestedBy"), $"'{id}' is a principal; requests are made by visiting delegations",
                "use the id of an entry of $.delegations, and list the principal among the invitees");
            return null;
        }

        return id;
    }

    private List<string>? ReadInvitees(JsonObjectReader obj, string? requester)
    {
        var invitees = ReadParticipantReferences(obj, "invitees", required: true);
        if (invitees is null)
        {
            return null;
        }

        if (invitees.Count == 0)
        {
            _problems.Add(obj.PathOf("invitees"), "the request invites nobody", "list the principal or delegation to meet, e.g. [\"dg\"]");
            return null;
        }

        var self = invitees.IndexOf(requester ?? string.Empty);
        if (self >= 0)
        {
            _problems.Add($"{obj.PathOf("invitees")}[{self}]", $"the requesting delegation '{requester}' invites itself", "remove it from 'invitees'");
            return null;
        }

        return invitees;
    }

    private int? ReadDuration(JsonObjectReader obj)
    {
        var step = _planningStep ?? 1;
        var duration = obj.Int("durationMinutes", required: true, $"a whole number of minutes, a positive multiple of the planning step ({step} minutes)", 30 % step == 0 ? 30 : step);
        if (duration is not { } minutes)
        {
            return null;
        }

        if (minutes <= 0 || minutes % step != 0)
        {
            _problems.Add(obj.PathOf("durationMinutes"), $"{minutes} minutes is not a positive multiple of the planning step ({step} minutes)",
                $"use a multiple of {step}, e.g. {Math.Max(step, (minutes + step - 1) / step * step)}");
            return null;
        }

        return minutes;
    }

    private int? ReadAtLeast(JsonObjectReader obj, string name, int fallback, int minimum, string allowed, int example)
    {
        if (!obj.Has(name))
        {
            return fallback;
        }

        var value = obj.Int(name, required: false, allowed, example);
        if (value < minimum)
        {
            _problems.Add(obj.PathOf(name), $"'{name}' is {value}, below the minimum of {minimum}", $"use {allowed}, e.g. {example}");
            return null;
        }

        return value;
    }
}
