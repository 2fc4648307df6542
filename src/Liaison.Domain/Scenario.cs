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

    /// <summary>Creates a scenario.</summary>
    /// <exception cref="ArgumentException">
    /// On a duplicate id (principal and delegation ids share one namespace), a reference to an unknown
    /// party, agency, participant or room, or a request whose requester is not a delegation.
    /// </exception>
    public Scenario(Event @event, IEnumerable<Party> parties, IEnumerable<Agency> agencies,
        IEnumerable<Delegation> delegations, IEnumerable<Principal> principals, IEnumerable<Room> rooms,
        IEnumerable<Interpreter> interpreters, IEnumerable<BlockedTime> blockedTimes, IEnumerable<MeetingRequest> requests)
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

        _parties = Unique(Parties, p => p.Code, "party");
        var agencyIds = Unique(Agencies, a => a.Id, "agency");
        _participants = Unique(Principals.Cast<Participant>().Concat(Delegations), p => p.Id, "principal or delegation");
        _rooms = Unique(Rooms, r => r.Id, "room");
        _interpreters = Unique(Interpreters, i => i.Id, "interpreter");
        _requests = Unique(Requests, r => r.Id, "meeting request");
        Unique(BlockedTimes, b => b.Id, "blocked time");

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
