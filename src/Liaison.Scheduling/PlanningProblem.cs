using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>
/// The scenario turned into integer data for the searches: the timeline, participants, rooms and
/// interpreters by index, each participant's free minutes, the room classes, the requests that
/// could be held alone, and the reasons for those that cannot.
/// </summary>
/// <remarks>
/// Requests with the same suitable rooms share one room list, and requests with the same feasible
/// starts share one array, so that 200,000 requests cost little more than their ids.
/// </remarks>
internal sealed class PlanningProblem
{
    private readonly Dictionary<string, int> _participantIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _interpreterIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _roomIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<Room>, IReadOnlyList<RoomClass>)> _roomsByNeed = new(StringComparer.Ordinal);
    private readonly Dictionary<long[], long[]> _startsCache = new(StartsComparer.Instance);

    private PlanningProblem(Scenario scenario)
    {
        Scenario = scenario;
        Timeline = new Timeline(scenario.Event);
        var participants = scenario.Principals.Cast<Participant>().Concat(scenario.Delegations).ToList();
        ParticipantIds = participants.Select(p => p.Id).ToArray();
        Buffers = participants.Select(p => p is Principal ? (long)Timeline.ProtocolBuffer : 0).ToArray();
        FreeTimes = participants.Select(p => (IReadOnlyList<MinuteSpan>)Timeline.ToSpans(scenario.FreeTime(p.Id))).ToArray();
        for (var i = 0; i < ParticipantIds.Length; i++)
        {
            _participantIndex[ParticipantIds[i]] = i;
        }

        for (var i = 0; i < scenario.Interpreters.Count; i++)
        {
            _interpreterIndex[scenario.Interpreters[i].Id] = i;
        }

        for (var i = 0; i < scenario.Rooms.Count; i++)
        {
            _roomIndex[scenario.Rooms[i].Id] = i;
        }

        RoomClasses = scenario.Rooms
            .GroupBy(r => (r.Capacity, r.SuitableForSigning, Features: string.Join('\n', r.Features.Order(StringComparer.Ordinal)), r.VenueId))
            .OrderBy(g => g.Key.SuitableForSigning).ThenBy(g => g.Key.Features.Length).ThenBy(g => g.Key.Capacity)
            .Select((g, i) => new RoomClass(i, g.ToList()))
            .ToList();
        ClassOfRoom = new int[scenario.Rooms.Count];
        foreach (var roomClass in RoomClasses)
        {
            foreach (var room in roomClass.Rooms)
            {
                ClassOfRoom[RoomIndex(room)] = roomClass.Index;
            }
        }

        MaxTravel = scenario.Rooms.SelectMany(a => scenario.Rooms.Select(b => scenario.TravelMinutes(a, b))).DefaultIfEmpty(0).Max();
        Horizon = Timeline.Days[^1].End + Timeline.ProtocolBuffer + MaxTravel + 1;
    }

    /// <summary>The scenario planned.</summary>
    public Scenario Scenario { get; }

    /// <summary>The integer time axis.</summary>
    public Timeline Timeline { get; }

    /// <summary>Minutes past the last working minute that busy maps must cover (buffers and travel spill over).</summary>
    public long Horizon { get; }

    /// <summary>Principal and delegation ids by index: principals first, then delegations, in scenario order.</summary>
    public string[] ParticipantIds { get; }

    /// <summary>Minutes each participant (by index) keeps free after a meeting: the protocol buffer for principals, 0 for delegations.</summary>
    public long[] Buffers { get; }

    /// <summary>The free minutes (presence minus blocked times) of each participant, by index.</summary>
    public IReadOnlyList<MinuteSpan>[] FreeTimes { get; }

    /// <summary>Rooms grouped into classes, most modest first (no signing, fewest features, fewest seats).</summary>
    public IReadOnlyList<RoomClass> RoomClasses { get; }

    /// <summary>The class index of each room, by room index.</summary>
    public int[] ClassOfRoom { get; }

    /// <summary>The longest travel time between two rooms, in minutes; 0 for a single venue.</summary>
    public int MaxTravel { get; }

    /// <summary>Whether some rooms are in venues with a positive travel time between them.</summary>
    public bool HasTravel => MaxTravel > 0;

    /// <summary>Requests that could be placed alone, in scenario order.</summary>
    public IReadOnlyList<PlannableRequest> Requests { get; private set; } = [];

    /// <summary>Requests that cannot be placed even alone (including locks that cannot be honoured alone), with the static reason.</summary>
    public IReadOnlyList<UnplacedRequest> Impossible { get; private set; } = [];

    /// <summary>Checks every request of <paramref name="scenario"/> on its own and keeps the data the searches need.</summary>
    public static PlanningProblem Build(Scenario scenario)
    {
        var problem = new PlanningProblem(scenario);
        var plannable = new List<PlannableRequest>();
        var impossible = new List<UnplacedRequest>();
        foreach (var request in scenario.Requests)
        {
            var check = new RequestCheck(problem, request);
            if (check.Plannable is { } ok)
            {
                plannable.Add(ok);
            }
            else
            {
                impossible.Add(check.Unplaced!);
            }
        }

        problem.Requests = plannable;
        problem.Impossible = impossible;
        return problem;
    }

    /// <summary>The index of a principal or delegation.</summary>
    public int ParticipantIndex(string participantId) => _participantIndex[participantId];

    /// <summary>The index of a room.</summary>
    public int RoomIndex(Room room) => _roomIndex[room.Id];

    /// <summary>The index of an interpreter.</summary>
    public int InterpreterIndex(Interpreter interpreter) => _interpreterIndex[interpreter.Id];

    /// <summary>The free minutes (presence minus blocked times) of a principal or delegation.</summary>
    public IReadOnlyList<MinuteSpan> FreeTime(string participantId) => FreeTimes[ParticipantIndex(participantId)];

    /// <summary>Whether <paramref name="participantId"/> is a principal, who keeps the protocol buffer between meetings.</summary>
    public bool IsPrincipal(string participantId) => Scenario.Participant(participantId) is Principal;

    /// <summary>The minutes common to the free time of all <paramref name="participantIds"/>.</summary>
    public IReadOnlyList<MinuteSpan> CommonFreeTime(IEnumerable<string> participantIds) =>
        participantIds.Select(FreeTime).Aggregate((a, b) => MinuteSpan.Intersect(a, b));

    /// <summary>The rooms with the seats, signing suitability and features a request needs, and their classes; shared between requests.</summary>
    public (IReadOnlyList<Room> Rooms, IReadOnlyList<RoomClass> Classes) SuitableRooms(MeetingRequest request)
    {
        var key = $"{request.ExpectedAttendees}|{request.NeedsSigningRoom}|{string.Join('\n', request.RequiredFeatures)}";
        if (!_roomsByNeed.TryGetValue(key, out var suitable))
        {
            var rooms = Scenario.Rooms
                .Where(r => r.Capacity >= request.ExpectedAttendees && (!request.NeedsSigningRoom || r.SuitableForSigning) && r.Offers(request.RequiredFeatures))
                .ToList();
            var classes = RoomClasses.Where(c => rooms.Contains(c.Sample)).ToList();
            _roomsByNeed[key] = suitable = (rooms, classes);
        }

        return suitable;
    }

    /// <summary>One shared array per distinct list of starts.</summary>
    public long[] Intern(long[] starts)
    {
        if (_startsCache.TryGetValue(starts, out var shared))
        {
            return shared;
        }

        _startsCache[starts] = starts;
        return starts;
    }

    private sealed class StartsComparer : IEqualityComparer<long[]>
    {
        public static readonly StartsComparer Instance = new();

        public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(long[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
