using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// Everything known about one event before planning: the event, its parties, agencies,
/// delegations, principals, rooms, interpreters, blocked times and meeting requests.
/// </summary>
/// <remarks>
/// The constructor checks that ids are unique and references resolve, so a constructed scenario
/// is consistent. File readers check the same things first, to report each problem at its place
/// in the file. Immutable and thread-safe.
/// </remarks>
public sealed class Scenario
{
    private readonly Dictionary<string, Participant> _participants;
    private readonly Dictionary<string, Room> _rooms;
    private readonly Dictionary<string, Interpreter> _interpreters;
    private readonly Dictionary<string, MeetingRequest> _requests;
    private readonly Dictionary<string, Party> _parties;
    private readonly Dictionary<(string, string), int> _travel = [];

    /// <summary>Creates a scenario.</summary>
    /// <param name="event">The event.</param>
    /// <param name="parties">Countries and organisations.</param>
    /// <param name="agencies">Agencies of the parties.</param>
    /// <param name="delegations">Visiting delegations.</param>
    /// <param name="principals">The host's principals.</param>
    /// <param name="rooms">Meeting rooms.</param>
    /// <param name="interpreters">Interpreters.</param>
    /// <param name="blockedTimes">Plenaries, ceremonies and other blocks.</param>
    /// <param name="requests">Meeting requests.</param>
    /// <param name="venues">Venues rooms may name; <c>null</c> or empty for a single-venue event.</param>
    /// <param name="travelTimes">Minutes between venues, one entry per pair (either direction); every pair of
    /// distinct venues must have one. <c>null</c> when there are fewer than two venues.</param>
    /// <exception cref="ArgumentException">
    /// On a duplicate id (principal and delegation ids share one namespace), a reference to an unknown
    /// party, agency, participant, room or venue, a request whose requester is not a delegation, an
    /// optional attendee or lock naming something unknown, or a missing or repeated travel time.
    /// </exception>
    public Scenario(Event @event, IEnumerable<Party> parties, IEnumerable<Agency> agencies,
        IEnumerable<Delegation> delegations, IEnumerable<Principal> principals, IEnumerable<Room> rooms,
        IEnumerable<Interpreter> interpreters, IEnumerable<BlockedTime> blockedTimes, IEnumerable<MeetingRequest> requests,
        IEnumerable<Venue>? venues = null, IEnumerable<TravelTime>? travelTimes = null)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Event = @event;
        Parties = parties.ToList();
        Agencies = agencies.ToList();
        Delegations = delegations.ToList();
        Principals = principals.ToList();
        Rooms = rooms.ToList();
        Interpreters = interpreters.ToList();
        BlockedTimes = blockedTimes.ToList();
        Requests = requests.ToList();
        Venues = (venues ?? []).ToList();
        TravelTimes = (travelTimes ?? []).ToList();

        _parties = Unique(Parties, p => p.Code, "party");
        var agencyIds = Unique(Agencies, a => a.Id, "agency");
        _participants = Unique(Principals.Cast<Participant>().Concat(Delegations), p => p.Id, "principal or delegation");
        _rooms = Unique(Rooms, r => r.Id, "room");
        _interpreters = Unique(Interpreters, i => i.Id, "interpreter");
        _requests = Unique(Requests, r => r.Id, "meeting request");
        Unique(BlockedTimes, b => b.Id, "blocked time");
        CheckVenues();

        foreach (var agency in Agencies)
        {
            Require(_parties.ContainsKey(agency.PartyCode), $"Agency '{agency.Id}' names unknown party '{agency.PartyCode}'.");
        }

        foreach (var delegation in Delegations)
        {
            Require(_parties.ContainsKey(delegation.PartyCode), $"Delegation '{delegation.Id}' names unknown party '{delegation.PartyCode}'.");
            Require(delegation.AgencyId is null || agencyIds.ContainsKey(delegation.AgencyId), $"Delegation '{delegation.Id}' names unknown agency '{delegation.AgencyId}'.");
        }

        foreach (var blocked in BlockedTimes)
        {
            foreach (var id in blocked.ParticipantIds)
            {
                Require(_participants.ContainsKey(id), $"Blocked time '{blocked.Id}' names unknown participant '{id}'.");
            }
        }

        foreach (var request in Requests)
        {
            Require(_participants.TryGetValue(request.RequestedBy, out var requester) && requester is Delegation,
                $"Request '{request.Id}' is made by '{request.RequestedBy}', which is not a delegation.");
            foreach (var id in request.Invitees)
            {
                Require(_participants.ContainsKey(id), $"Request '{request.Id}' invites unknown participant '{id}'.");
            }

            foreach (var id in request.OptionalAttendees)
            {
                Require(_participants.ContainsKey(id), $"Request '{request.Id}' names unknown optional attendee '{id}'.");
            }

            Require(request.Lock is null || _rooms.ContainsKey(request.Lock.RoomId), $"Request '{request.Id}' is locked in unknown room '{request.Lock?.RoomId}'.");
        }
    }

    /// <summary>The event.</summary>
    public Event Event { get; }

    /// <summary>Countries and organisations.</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>Agencies.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>Visiting delegations.</summary>
    public IReadOnlyList<Delegation> Delegations { get; }

    /// <summary>The host's principals.</summary>
    public IReadOnlyList<Principal> Principals { get; }

    /// <summary>Meeting rooms.</summary>
    public IReadOnlyList<Room> Rooms { get; }

    /// <summary>Interpreters.</summary>
    public IReadOnlyList<Interpreter> Interpreters { get; }

    /// <summary>Plenaries, ceremonies and other blocks.</summary>
    public IReadOnlyList<BlockedTime> BlockedTimes { get; }

    /// <summary>Meeting requests, in file order.</summary>
    public IReadOnlyList<MeetingRequest> Requests { get; }

    /// <summary>Venues named by rooms; empty for a single-venue event.</summary>
    public IReadOnlyList<Venue> Venues { get; }

    /// <summary>Minutes between venues, one entry per pair.</summary>
    public IReadOnlyList<TravelTime> TravelTimes { get; }

    /// <summary>
    /// Minutes a participant needs between a meeting in room <paramref name="from"/> and one in room
    /// <paramref name="to"/>: the travel time between their venues; 0 in the same venue or when either
    /// room names none.
    /// </summary>
    /// <param name="from">A room of this scenario.</param>
    /// <param name="to">Another room of this scenario.</param>
    public int TravelMinutes(Room from, Room to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return from.VenueId is { } a && to.VenueId is { } b && _travel.TryGetValue((a, b), out var minutes) ? minutes : 0;
    }

    /// <summary>The principal or delegation with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">When there is none.</exception>
    public Participant Participant(string id) => _participants[id];

    /// <summary>The party with code <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">When there is none.</exception>
    public Party Party(string code) => _parties[code];

    /// <summary>The room with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">When there is none.</exception>
    public Room Room(string id) => _rooms[id];

    /// <summary>The interpreter with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">When there is none.</exception>
    public Interpreter Interpreter(string id) => _interpreters[id];

    /// <summary>The request with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">When there is none.</exception>
    public MeetingRequest Request(string id) => _requests[id];

    /// <summary>Whether a request with id <paramref name="id"/> exists.</summary>
    /// <param name="id">Candidate id.</param>
    public bool HasRequest(string id) => _requests.ContainsKey(id);

    /// <summary>Whether a party with code <paramref name="code"/> exists.</summary>
    /// <param name="code">Candidate code.</param>
    public bool HasParty(string code) => _parties.ContainsKey(code);

    /// <summary>
    /// The parties of the delegations taking part in request <paramref name="requestId"/> (requester, invitees and
    /// optional attendees that are delegations), each once; the host's principals belong to no partner party.
    /// </summary>
    /// <param name="requestId">A request of the scenario.</param>
    /// <exception cref="KeyNotFoundException">When there is no such request.</exception>
    public IReadOnlyList<string> PartnerPartyCodes(string requestId)
    {
        var request = _requests[requestId];
        return request.ParticipantIds.Concat(request.OptionalAttendees)
            .Select(id => _participants[id]).OfType<Delegation>()
            .Select(d => d.PartyCode).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether a principal or delegation with id <paramref name="id"/> exists.</summary>
    /// <param name="id">Candidate id.</param>
    public bool HasParticipant(string id) => _participants.ContainsKey(id);

    /// <summary>
    /// When the participant can meet: presence at the event minus every blocked time that blocks it.
    /// Sorted, disjoint UTC intervals.
    /// </summary>
    /// <param name="participantId">A principal or delegation id.</param>
    /// <exception cref="KeyNotFoundException">When there is no such participant.</exception>
    public IReadOnlyList<Interval> FreeTime(string participantId)
    {
        var participant = _participants[participantId];
        return Intervals.Subtract(participant.Presence(Event),
            BlockedTimes.Where(b => b.Blocks(participantId)).Select(b => b.Time));
    }

    /// <summary>The participants of <paramref name="request"/>: requester first, then invitees.</summary>
    /// <param name="request">A request of this scenario.</param>
    public IReadOnlyList<Participant> ParticipantsOf(MeetingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ParticipantIds.Select(id => _participants[id]).ToList();
    }

    private void CheckVenues()
    {
        var venueIds = Unique(Venues, v => v.Id, "venue");
        foreach (var room in Rooms.Where(r => r.VenueId is not null))
        {
            Require(venueIds.ContainsKey(room.VenueId!), $"Room '{room.Id}' names unknown venue '{room.VenueId}'.");
        }

        foreach (var travel in TravelTimes)
        {
            Require(venueIds.ContainsKey(travel.FromVenueId) && venueIds.ContainsKey(travel.ToVenueId),
                $"A travel time names unknown venue '{(venueIds.ContainsKey(travel.FromVenueId) ? travel.ToVenueId : travel.FromVenueId)}'.");
            Require(_travel.TryAdd((travel.FromVenueId, travel.ToVenueId), travel.Minutes) && _travel.TryAdd((travel.ToVenueId, travel.FromVenueId), travel.Minutes),
                $"The travel time between '{travel.FromVenueId}' and '{travel.ToVenueId}' is given twice.");
        }

        foreach (var a in Venues)
        {
            foreach (var b in Venues.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                Require(_travel.ContainsKey((a.Id, b.Id)), $"No travel time is given between venues '{a.Id}' and '{b.Id}'.");
            }
        }
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> key, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Require(map.TryAdd(key(item), item), $"Two of the {what} entries share the id '{key(item)}'.");
        }

        return map;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
