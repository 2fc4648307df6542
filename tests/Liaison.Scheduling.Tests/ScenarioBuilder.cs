using Liaison.Domain;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Scheduling.Tests;

/// <summary>
/// Builds small scenarios in code: an event of one or more working days in Europe/Paris from
/// 10 March 2025, with principals, delegations, rooms, interpreters, blocks and requests.
/// Times are given as (day index, "HH:mm") in event-local time.
/// </summary>
internal sealed class ScenarioBuilder
{
    public static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly string[] Countries = ["NO", "ET", "CL", "AR", "IN", "TR", "BH", "CN", "KR", "PL", "RS", "SE"];

    private readonly List<Principal> _principals = [];
    private readonly List<Delegation> _delegations = [];
    private readonly List<Party> _parties = [];
    private readonly List<Room> _rooms = [];
    private readonly List<Interpreter> _interpreters = [];
    private readonly List<BlockedTime> _blocks = [];
    private readonly List<MeetingRequest> _requests = [];
    private readonly List<Venue> _venues = [];
    private readonly List<TravelTime> _travel = [];
    private readonly Event _event;

    public ScenarioBuilder(int days = 1, string start = "09:00", string end = "12:00", int step = 5, int buffer = 10,
        DateTimeZone? zone = null, LocalDate? firstDay = null)
    {
        var first = firstDay ?? new LocalDate(2025, 3, 10);
        _event = new Event("Test assembly", "Paris", zone ?? Paris,
            Enumerable.Range(0, days).Select(d => new EventDay(first.PlusDays(d), Time(start), Time(end))),
            step, buffer);
    }

    public Event Event => _event;

    /// <summary>The UTC instant of an event-local time on working day <paramref name="day"/>.</summary>
    public Instant At(int day, string time) => EventTime.ToInstant(_event.TimeZone, _event.Days[day].Date + Time(time));

    /// <summary>The UTC interval between two event-local times of one working day.</summary>
    public Interval Between(int day, string from, string to) => new(At(day, from), At(day, to));

    public ScenarioBuilder Principal(string id, params string[] languages)
    {
        _principals.Add(new Principal(id, $"Title of {id}", languages.Length == 0 ? ["fr"] : languages));
        return this;
    }

    /// <summary>A delegation present for the whole event unless arrival or departure are given.</summary>
    public ScenarioBuilder Delegation(string id, string[]? languages = null, Instant? arrival = null, Instant? departure = null)
    {
        var code = Countries[_delegations.Count % Countries.Length];
        if (!_parties.Any(p => p.Code == code))
        {
            _parties.Add(new Party(code, PartyKind.Country, $"Country {code}"));
        }

        _delegations.Add(new Delegation(id, code, null, $"Head of {id}", languages ?? ["fr"],
            arrival ?? _event.Span.Start, departure ?? _event.Span.End));
        return this;
    }

    public ScenarioBuilder Room(string id, int capacity = 10, bool signing = false, string[]? features = null, string? venue = null)
    {
        _rooms.Add(new Room(id, $"Salon {id}", capacity, signing, features, venue));
        return this;
    }

    /// <summary>Two venues <paramref name="a"/> and <paramref name="b"/>, <paramref name="minutes"/> apart.</summary>
    public ScenarioBuilder Venues(string a, string b, int minutes)
    {
        _venues.Add(new Venue(a, $"Venue {a}"));
        _venues.Add(new Venue(b, $"Venue {b}"));
        _travel.Add(new TravelTime(a, b, minutes));
        return this;
    }

    /// <summary>A request with the issue-3 options: optional attendees, required features, a lock.</summary>
    public ScenarioBuilder RequestWith(string id, string by, string with, int minutes = 30, int priority = 3, string[]? optional = null,
        string[]? features = null, MeetingLock? locked = null)
    {
        _requests.Add(new MeetingRequest(id, by, with.Split(','), minutes, priority, ["cybercrime"], [], false, Publicity.Public, 4,
            null, optional, features, locked));
        return this;
    }

    /// <summary>Removes the request with id <paramref name="id"/> (a cancellation).</summary>
    public ScenarioBuilder Cancel(string id)
    {
        _requests.RemoveAll(r => r.Id == id);
        return this;
    }

    /// <summary>An interpreter in <paramref name="pair"/> (e.g. "ar/es"), available throughout unless intervals are given.</summary>
    public ScenarioBuilder Interpreter(string id, string pair, params Interval[] availability)
    {
        _interpreters.Add(new Interpreter(id, $"Interpreter {id}", [LanguagePair.Parse(pair)], availability));
        return this;
    }

    /// <summary>Blocks the participants (everyone when none given) during <paramref name="time"/>.</summary>
    public ScenarioBuilder Block(string id, Interval time, params string[] participantIds)
    {
        _blocks.Add(new BlockedTime(id, $"Session {id}", BlockedTimeKind.Plenary, time, participantIds));
        return this;
    }

    /// <summary>A request by <paramref name="by"/> to meet <paramref name="with"/> (comma-separated ids).</summary>
    public ScenarioBuilder Request(string id, string by, string with, int minutes = 30, int priority = 3,
        int attendees = 4, bool signing = false, params Interval[] preferred)
    {
        _requests.Add(new MeetingRequest(id, by, with.Split(','), minutes, priority, ["cybercrime"], preferred,
            signing, Publicity.Public, attendees));
        return this;
    }

    public Scenario Build() => new(_event, _parties, [], _delegations, _principals, _rooms, _interpreters, _blocks, _requests, _venues, _travel);

    private static LocalTime Time(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).Value;
}
