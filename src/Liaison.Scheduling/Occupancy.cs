using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// The meetings of a programme, indexed the way the hard rules read: busy minutes per participant
/// (with the protocol buffer after a principal's meetings), per room and per interpreter, the
/// meetings of each participant (for travel times and reasons), and the number of busy rooms of
/// each class per minute (to skip full classes without scanning their rooms).
/// </summary>
/// <remarks>Checks and updates cost a few word operations per resource; not thread-safe.</remarks>
internal sealed class Occupancy
{
    private readonly PlanningProblem _problem;
    private readonly BusyMap _participants;
    private readonly BusyMap _rooms;
    private readonly BusyMap _interpreters;
    private readonly List<Placement>[] _byParticipant;
    private readonly List<Placement>[] _byRoom;
    private readonly List<Placement>[] _byInterpreter;
    private readonly int[][] _classLoad;
    private readonly Dictionary<PlannableRequest, Placement> _placed = [];

    /// <summary>An empty programme for <paramref name="problem"/>.</summary>
    public Occupancy(PlanningProblem problem)
    {
        _problem = problem;
        _participants = new BusyMap(problem.ParticipantIds.Length, problem.Horizon);
        _rooms = new BusyMap(problem.Scenario.Rooms.Count, problem.Horizon);
        _interpreters = new BusyMap(problem.Scenario.Interpreters.Count, problem.Horizon);
        _byParticipant = problem.ParticipantIds.Select(_ => new List<Placement>()).ToArray();
        _byRoom = problem.Scenario.Rooms.Select(_ => new List<Placement>()).ToArray();
        _byInterpreter = problem.Scenario.Interpreters.Select(_ => new List<Placement>()).ToArray();
        _classLoad = problem.RoomClasses.Select(_ => new int[problem.Horizon]).ToArray();
    }

    /// <summary>The problem the programme is for.</summary>
    public PlanningProblem Problem => _problem;

    /// <summary>The meetings held, in no particular order.</summary>
    public IReadOnlyCollection<Placement> Placements => _placed.Values;

    /// <summary>The meeting of <paramref name="request"/>, or <c>null</c> when it is not placed.</summary>
    public Placement? PlacementOf(PlannableRequest request) => _placed.GetValueOrDefault(request);

    /// <summary>The meetings a participant (by index) attends.</summary>
    public IReadOnlyList<Placement> MeetingsOf(int participant) => _byParticipant[participant];

    /// <summary>The meetings held in a room (by index).</summary>
    public IReadOnlyList<Placement> MeetingsIn(int room) => _byRoom[room];

    /// <summary>The meetings an interpreter (by index) serves.</summary>
    public IReadOnlyList<Placement> MeetingsServedBy(int interpreter) => _byInterpreter[interpreter];

    /// <summary>Sum of the priorities placed.</summary>
    public long PlacedPriority { get; private set; }

    /// <summary>Optional attendees attending, over all meetings.</summary>
    public int Attendance { get; private set; }

    /// <summary>
    /// Places <paramref name="request"/> at its first start where its required participants, a room (most
    /// modest class first) and, when needed, an interpreter are free. Preferred starts are tried first; then
    /// starts at a multiple of the meeting's length from the day's start, so that rooms and participants' days
    /// fill without holes shorter than a meeting; then the other starts.
    /// </summary>
    /// <remarks>
    /// A principal's meetings are aligned too: with a protocol buffer their spacing on the grid is two meetings
    /// (a 30-minute meeting and a 10-minute buffer: one an hour, not one every 40 minutes), but a meeting off the
    /// grid leaves holes in its room and in its other participants' days that no meeting of that length can use.
    /// On the assembly family aligning them placed 1,200 meetings (every room full) instead of 1,166.
    /// </remarks>
    /// <returns>The placement made, or <c>null</c> when none fits.</returns>
    public Placement? TryPlace(PlannableRequest request)
    {
        foreach (var start in request.PreferredStarts)
        {
            if (TryPlaceAt(request, start, null) is { } placement)
            {
                return placement;
            }
        }

        foreach (var start in request.Starts)
        {
            if (_problem.Timeline.OnGrid(start, request.Duration) && TryPlaceAt(request, start, null) is { } placement)
            {
                return placement;
            }
        }

        foreach (var start in request.Starts)
        {
            if (!_problem.Timeline.OnGrid(start, request.Duration) && TryPlaceAt(request, start, null) is { } placement)
            {
                return placement;
            }
        }

        return null;
    }

    /// <summary>Places <paramref name="request"/> at <paramref name="start"/>, in <paramref name="preferredRoom"/> when it is free, if it fits.</summary>
    public Placement? TryPlaceAt(PlannableRequest request, long start, Room? preferredRoom)
    {
        if (!RequiredFree(request, start, null))
        {
            return null;
        }

        var room = preferredRoom is not null && request.Rooms.Contains(preferredRoom) && RoomFree(request, start, preferredRoom)
            ? preferredRoom
            : TightestFreeRoom(request, start);
        if (room is null)
        {
            return null;
        }

        var interpreter = request.NeedsInterpreter ? FreeInterpreter(request, start) : null;
        if (request.NeedsInterpreter && interpreter is null)
        {
            return null;
        }

        var placement = new Placement(request, start, room, interpreter, AttendingOptional(request, start, room));
        Add(placement);
        return placement;
    }

    /// <summary>Whether <paramref name="placement"/> could be added as it is (its attendees included) without breaking a rule.</summary>
    public bool Fits(Placement placement)
    {
        var request = placement.Plannable;
        var start = placement.Start;
        return !_placed.ContainsKey(request)
            && request.Rooms.Contains(placement.Room)
            && RoomFree(request, start, placement.Room)
            && (placement.Interpreter is null
                ? !request.NeedsInterpreter
                : request.Interpreters.Any(o => o.Interpreter == placement.Interpreter && Array.BinarySearch(o.Starts, start) >= 0)
                    && _interpreters.IsFree(_problem.InterpreterIndex(placement.Interpreter), start, placement.End))
            && request.Participants.Concat(placement.Attending).All(p => ParticipantFree(p, start, request.Duration, placement.Room));
    }

    /// <summary>Adds a placement that obeys the hard rules against the meetings held.</summary>
    public void Add(Placement placement)
    {
        _placed.Add(placement.Plannable, placement);
        foreach (var p in placement.Plannable.Participants.Concat(placement.Attending))
        {
            _participants.Mark(p, placement.Start, placement.End + _problem.Buffers[p]);
            _byParticipant[p].Add(placement);
        }

        var room = _problem.RoomIndex(placement.Room);
        _rooms.Mark(room, placement.Start, placement.End);
        _byRoom[room].Add(placement);
        var load = _classLoad[_problem.ClassOfRoom[room]];
        for (var m = placement.Start; m < placement.End; m++)
        {
            load[m]++;
        }

        if (placement.Interpreter is { } interpreter)
        {
            _interpreters.Mark(_problem.InterpreterIndex(interpreter), placement.Start, placement.End);
            _byInterpreter[_problem.InterpreterIndex(interpreter)].Add(placement);
        }

        PlacedPriority += placement.Request.Priority;
        Attendance += placement.Attending.Length;
    }

    /// <summary>Removes a placement held.</summary>
    public void Remove(Placement placement)
    {
        _placed.Remove(placement.Plannable);
        foreach (var p in placement.Plannable.Participants.Concat(placement.Attending))
        {
            _participants.Clear(p, placement.Start, placement.End + _problem.Buffers[p]);
            _byParticipant[p].Remove(placement);
        }

        var room = _problem.RoomIndex(placement.Room);
        _rooms.Clear(room, placement.Start, placement.End);
        _byRoom[room].Remove(placement);
        var load = _classLoad[_problem.ClassOfRoom[room]];
        for (var m = placement.Start; m < placement.End; m++)
        {
            load[m]--;
        }

        if (placement.Interpreter is { } interpreter)
        {
            _interpreters.Clear(_problem.InterpreterIndex(interpreter), placement.Start, placement.End);
            _byInterpreter[_problem.InterpreterIndex(interpreter)].Remove(placement);
        }

        PlacedPriority -= placement.Request.Priority;
        Attendance -= placement.Attending.Length;
    }

    /// <summary>
    /// Whether participant <paramref name="p"/> is free for a meeting of <paramref name="duration"/> minutes at
    /// <paramref name="start"/>: inside their free time, clear of their meetings with their buffer, and, when
    /// <paramref name="room"/> is given, with the travel time to and from their meetings in other venues.
    /// </summary>
    public bool ParticipantFree(int p, long start, long duration, Room? room) =>
        WithinFreeTime(p, start, duration) && ClearOfMeetings(p, start, duration, room);

    /// <summary>Whether the meeting lies inside one of the participant's free spans (presence minus blocked times).</summary>
    public bool WithinFreeTime(int p, long start, long duration)
    {
        foreach (var free in _problem.FreeTimes[p])
        {
            if (free.Holds(start, duration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the participant's meetings leave room for this one: busy map with the buffer, and travel when <paramref name="room"/> is given.</summary>
    public bool ClearOfMeetings(int p, long start, long duration, Room? room)
    {
        var buffer = _problem.Buffers[p];
        if (!_participants.IsFree(p, start, start + duration + buffer))
        {
            return false;
        }

        // A meeting ending within the buffer before this one is caught by the busy map through its own buffer.
        return room is null || !_problem.HasTravel || _byParticipant[p].All(q =>
            _problem.Scenario.TravelMinutes(q.Room, room) is var travel
            && (travel == 0 || q.End + buffer + travel <= start || start + duration + buffer + travel <= q.Start));
    }

    /// <summary>Whether participant <paramref name="p"/>'s meeting <paramref name="other"/> leaves room for a meeting at <paramref name="start"/> (buffer and travel included).</summary>
    public bool ParticipantFreeOf(int p, long start, long duration, Placement other)
    {
        var gap = _problem.Buffers[p];
        return other.End + gap <= start || start + duration + gap <= other.Start;
    }

    /// <summary>Whether the room is free at <paramref name="start"/> and every required participant can reach it.</summary>
    public bool RoomFree(PlannableRequest request, long start, Room room) =>
        _rooms.IsFree(_problem.RoomIndex(room), start, start + request.Duration)
        && (!_problem.HasTravel || RequiredFree(request, start, room));

    /// <summary>How many rooms of the class are busy at each minute of the timeline; do not modify.</summary>
    public IReadOnlyList<int> ClassLoad(RoomClass roomClass) => _classLoad[roomClass.Index];

    /// <summary>Whether the interpreter is free for the whole of [start, end).</summary>
    public bool InterpreterFree(Interpreter interpreter, long start, long end) =>
        _interpreters.IsFree(_problem.InterpreterIndex(interpreter), start, end);

    /// <summary>Whether every room of the class is busy at some minute of [start, end).</summary>
    public bool ClassFull(RoomClass roomClass, long start, long end)
    {
        var load = _classLoad[roomClass.Index];
        var size = roomClass.Rooms.Count;
        for (var m = start; m < end; m++)
        {
            if (load[m] >= size)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first suitable room free at <paramref name="start"/>, most modest class first, or <c>null</c>.</summary>
    public Room? FreeRoom(PlannableRequest request, long start)
    {
        foreach (var roomClass in request.RoomClasses)
        {
            if (ClassFull(roomClass, start, start + request.Duration))
            {
                continue;
            }

            foreach (var room in roomClass.Rooms)
            {
                if (RoomFree(request, start, room))
                {
                    return room;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The free suitable room, most modest class first, where the meeting leaves the fewest minutes that no meeting of its
    /// length can use any more (<see cref="Waste"/>): best fit, so that meetings off the grid of their length (a principal's,
    /// spaced by the protocol buffer) share a few rooms instead of each costing a room one meeting. The first room
    /// with no waste is taken at once; <c>null</c> when no suitable room is free.
    /// </summary>
    public Room? TightestFreeRoom(PlannableRequest request, long start)
    {
        foreach (var roomClass in request.RoomClasses)
        {
            if (ClassFull(roomClass, start, start + request.Duration))
            {
                continue;
            }

            var (best, bestWaste) = ((Room?)null, long.MaxValue);
            foreach (var room in roomClass.Rooms.Where(r => RoomFree(request, start, r)))
            {
                var waste = Waste(_problem.RoomIndex(room), start, request.Duration);
                if (waste < bestWaste)
                {
                    (best, bestWaste) = (room, waste);
                }

                if (waste == 0)
                {
                    break;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>
    /// Minutes of the room's free span around a meeting of <paramref name="duration"/> minutes at <paramref name="start"/>
    /// (bounded by its other meetings and the working day) that meetings of that length could no longer fill:
    /// the gap before it and the gap after it, each modulo <paramref name="duration"/>.
    /// </summary>
    private long Waste(int room, long start, long duration)
    {
        var day = _problem.Timeline.Days[_problem.Timeline.DayOf(start)];
        var (before, after) = (day.Start, day.End);
        foreach (var other in _byRoom[room])
        {
            if (other.End <= start && other.End > before)
            {
                before = other.End;
            }

            if (other.Start >= start + duration && other.Start < after)
            {
                after = other.Start;
            }
        }

        return ((start - before) % duration) + ((after - start - duration) % duration);
    }

    /// <summary>The first eligible interpreter available and free at <paramref name="start"/>, or <c>null</c>.</summary>
    public Interpreter? FreeInterpreter(PlannableRequest request, long start) =>
        request.Interpreters
            .Where(o => Array.BinarySearch(o.Starts, start) >= 0 && _interpreters.IsFree(_problem.InterpreterIndex(o.Interpreter), start, start + request.Duration))
            .Select(o => o.Interpreter)
            .FirstOrDefault();

    /// <summary>
    /// Whether the required participants are all clear of their meetings at <paramref name="start"/>, one of the
    /// request's starts (so inside their free time); travel is checked only when <paramref name="room"/> is given.
    /// </summary>
    public bool RequiredFree(PlannableRequest request, long start, Room? room)
    {
        foreach (var p in request.Participants)
        {
            if (!ClearOfMeetings(p, start, request.Duration, room))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The optional attendees free to join a meeting at <paramref name="start"/> in <paramref name="room"/>.</summary>
    public int[] AttendingOptional(PlannableRequest request, long start, Room room) =>
        request.Optional.Length == 0 ? [] : request.Optional.Where(p => ParticipantFree(p, start, request.Duration, room)).ToArray();
}
