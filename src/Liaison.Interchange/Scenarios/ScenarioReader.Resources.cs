using Liaison.Domain;
using Liaison.Interchange.Json;
using NodaTime;

namespace Liaison.Interchange.Scenarios;

/// <summary>Rooms, interpreters and blocked times.</summary>
internal sealed partial class ScenarioReader
{
    private readonly HashSet<string> _roomIds = new(StringComparer.Ordinal);

    private List<Room> ReadRooms(JsonObjectReader root)
    {
        var ids = _roomIds;
        var rooms = new List<Room>();
        foreach (var item in root.Array("rooms", required: true) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "name", "capacity", "signing", "features", "venue");
            if (obj is null)
            {
                continue;
            }

            var id = obj.String("id", required: true);
            var claimed = Claim(ids, id, obj, "id", "room");
            var name = obj.String("name", required: true);
            var capacity = obj.Int("capacity", required: true, "a whole number of seats, at least 2", 8);
            var signing = obj.Bool("signing", required: false) ?? false;
            var features = ReadFeatures(obj, "features");
            var venue = obj.Has("venue") ? ReadVenueReference(obj, "venue", required: false) : null;
            if (capacity < 2)
            {
                _problems.Add(obj.PathOf("capacity"), $"a capacity of {capacity} cannot seat a bilateral meeting", "give the seats at the table as a whole number, at least 2, e.g. 8");
                continue;
            }

            if (claimed && name is not null && capacity is { } seats && features is not null && (venue is not null || !obj.Has("venue")))
            {
                rooms.Add(new Room(id!, name, seats, signing, features, venue));
            }
        }

        return rooms;
    }

    private List<Interpreter> ReadInterpreters(JsonObjectReader root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var interpreters = new List<Interpreter>();
        foreach (var item in root.Array("interpreters", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "name", "languagePairs", "availability");
            if (obj is null)
            {
                continue;
            }

            var id = obj.String("id", required: true);
            var claimed = Claim(ids, id, obj, "id", "interpreter");
            var name = obj.String("name", required: true);
            var pairs = ReadLanguagePairs(obj, "languagePairs", required: true);
            if (pairs is { Count: 0 })
            {
                _problems.Add(obj.PathOf("languagePairs"), "the interpreter works in no language pair", "list at least one pair, e.g. [\"ar/en\"]");
                continue;
            }

            var availability = ReadIntervals(obj, "availability");
            if (claimed && name is not null && pairs is not null && availability is not null)
            {
                interpreters.Add(new Interpreter(id!, name, pairs, availability));
            }
        }

        return interpreters;
    }

    private List<BlockedTime> ReadBlockedTimes(JsonObjectReader root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var blockedTimes = new List<BlockedTime>();
        foreach (var item in root.Array("blockedTimes", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "label", "kind", "start", "end", "participants");
            if (obj is null)
            {
                continue;
            }

            var id = obj.String("id", required: true);
            var claimed = Claim(ids, id, obj, "id", "blocked time");
            var label = obj.String("label", required: true);
            var kind = obj.Choice("kind", required: true, "plenary", "ceremony", "other");
            var time = _times.Interval(obj, "start", "end", insideEvent: true);
            var participants = ReadParticipantReferences(obj, "participants", required: false) ?? [];
            if (claimed && label is not null && kind is not null && time is { } blocked)
            {
                blockedTimes.Add(new BlockedTime(id!, label, ParseKind(kind), blocked, participants));
            }
        }

        return blockedTimes;
    }

    private static BlockedTimeKind ParseKind(string kind) => kind switch
    {
        "plenary" => BlockedTimeKind.Plenary,
        "ceremony" => BlockedTimeKind.Ceremony,
        _ => BlockedTimeKind.Other,
    };

    /// <summary>An optional list of <c>{ "start", "end" }</c> intervals inside the event; absent means an empty list.</summary>
    private List<Interval>? ReadIntervals(JsonObjectReader obj, string name)
    {
        var result = new List<Interval>();
        var complete = true;
        foreach (var item in obj.Array(name, required: false) ?? [])
        {
            var window = JsonObjectReader.Open(item, _problems, "start", "end");
            var interval = window is null ? null : _times.Interval(window, "start", "end", insideEvent: true);
            complete &= interval is not null;
            if (interval is { } i)
            {
                result.Add(i);
            }
        }

        return complete ? result : null;
    }

    /// <summary>An optional list of feature names (e.g. <c>"video"</c>); <c>null</c> when an entry is empty (reported).</summary>
    private List<string>? ReadFeatures(JsonObjectReader obj, string name)
    {
        var features = obj.Strings(name, required: false) ?? [];
        foreach (var (_, path) in features.Where(f => string.IsNullOrWhiteSpace(f.Value)))
        {
            _problems.Add(path, "an empty feature name", "name the feature, e.g. \"video\", or remove the entry");
        }

        return features.All(f => !string.IsNullOrWhiteSpace(f.Value)) ? features.Select(f => f.Value).ToList() : null;
    }

    /// <summary>A list of <c>"ar/en"</c> pairs; <c>null</c> when absent or when any entry is bad (reported).</summary>
    private List<LanguagePair>? ReadLanguagePairs(JsonObjectReader obj, string name, bool required)
    {
        var texts = obj.Strings(name, required);
        if (texts is null)
        {
            return null;
        }

        var pairs = new List<LanguagePair>();
        foreach (var (text, path) in texts)
        {
            var sides = text.Split('/');
            if (sides.Length != 2 || !sides.All(s => LanguageTagShape().IsMatch(s))
                || string.Equals(sides[0], sides[1], StringComparison.OrdinalIgnoreCase))
            {
                _problems.Add(path, $"'{text}' is not a language pair", "write two different BCP 47 tags joined by '/', e.g. \"ar/en\"");
                continue;
            }

            pairs.Add(new LanguagePair(sides[0], sides[1]));
        }

        return pairs.Count == texts.Count ? pairs : null;
    }

    /// <summary>A list of principal or delegation ids; <c>null</c> when absent or when any entry is unknown (reported).</summary>
    private List<string>? ReadParticipantReferences(JsonObjectReader obj, string name, bool required)
    {
        var ids = obj.Strings(name, required);
        if (ids is null)
        {
            return null;
        }

        var known = new List<string>();
        foreach (var (id, path) in ids)
        {
            if (!_participantIsDelegation.ContainsKey(id))
            {
                _problems.Add(path, $"unknown participant '{id}'", ParticipantFix);
            }
            else if (known.Contains(id, StringComparer.Ordinal))
            {
                _problems.Add(path, $"'{id}' is listed twice", "list each participant once");
            }
            else
            {
                known.Add(id);
            }
        }

        return known.Count == ids.Count ? known : null;
    }
}
