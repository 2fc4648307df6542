namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// The score split into what one meeting costs alone (<see cref="Unary"/>) and what two meetings cost together
/// (<see cref="Pair"/>): the total is the sum of every unary and every unordered pair term. The solver uses this
/// split to price a meeting's candidate placements against fixed meetings; the referee is written separately and
/// the tests check the two agree. Immutable after construction; thread-safe.
/// </summary>
internal sealed class CostModel
{
    private readonly MeetingProblem problem;
    private readonly ConstraintWeights w;
    private readonly long[] largerRoomsCost;
    private readonly int[,] requiredShared;
    private readonly int[,] mediumPerGrain;
    private readonly int[,] attendeesShared;

    public CostModel(MeetingProblem problem)
    {
        this.problem = problem;
        w = problem.Weights;
        var rooms = problem.Rooms;
        largerRoomsCost = [.. rooms.Select(room => rooms.Sum(other => (long)Math.Max(0, other.Capacity - room.Capacity)))];
        var n = problem.Meetings.Count;
        (requiredShared, mediumPerGrain, attendeesShared) = (new int[n, n], new int[n, n], new int[n, n]);
        for (var i = 0; i < n; i++)
        {
            var a = problem.Meetings[i];
            for (var j = 0; j < n; j++)
            {
                var b = problem.Meetings[j];
                requiredShared[i, j] = a.Required.Intersect(b.Required).Count() * w.RequiredAttendanceConflict;
                mediumPerGrain[i, j] = (a.Required.Intersect(b.Preferred).Count() + a.Preferred.Intersect(b.Required).Count())
                    * w.RequiredAndPreferredAttendanceConflict + a.Preferred.Intersect(b.Preferred).Count() * w.PreferredAttendanceConflict;
                attendeesShared[i, j] = a.Required.Concat(a.Preferred).Intersect(b.Required.Concat(b.Preferred)).Count() * w.RoomStability;
            }
        }
    }

    public MeetingProblem Problem => problem;

    /// <summary>Weighted hard penalty per grain of overlap of meetings i and j in different rooms (shared required persons).</summary>
    public int RequiredConflictPerGrain(int i, int j) => requiredShared[i, j];

    /// <summary>Weighted medium penalty per grain of overlap of meetings i and j.</summary>
    public int MediumPerGrain(int i, int j) => mediumPerGrain[i, j];

    /// <summary>Weighted room-stability penalty when i and j follow each other closely in different rooms.</summary>
    public int StabilityPenalty(int i, int j) => attendeesShared[i, j];

    /// <summary>The soft penalty of putting a meeting in a room: capacity differences to every larger room, weighted.</summary>
    public long LargerRoomsPenalty(int room) => largerRoomsCost[room] * w.AssignLargerRoomsFirst;

    /// <summary>Costs of meeting <paramref name="i"/> alone at <paramref name="p"/> (as negative score levels).</summary>
    public Score Unary(int i, Placement p)
    {
        var meeting = problem.Meetings[i];
        var last = p.Grain + meeting.DurationGrains - 1;
        var grains = problem.Grains;
        long hard = Math.Max(0, meeting.AttendeeCount - problem.Rooms[p.Room].Capacity) * (long)w.RequiredRoomCapacity;
        hard += last >= grains.Count ? (long)last * w.AvoidOvertime
            : grains[last].Day != grains[p.Grain].Day ? w.StartAndEndOnSameDay : 0;
        var soft = (long)last * w.DoMeetingsAsSoonAsPossible + LargerRoomsPenalty(p.Room);
        return new Score(-hard, 0, -soft);
    }

    /// <summary>Costs of meetings <paramref name="i"/> at <paramref name="p"/> and <paramref name="j"/> at <paramref name="q"/> together.</summary>
    public Score Pair(int i, Placement p, int j, Placement q)
    {
        var (di, dj) = (problem.Meetings[i].DurationGrains, problem.Meetings[j].DurationGrains);
        long overlap = Math.Max(0, Math.Min(p.Grain + di, q.Grain + dj) - Math.Max(p.Grain, q.Grain));
        var sameRoom = p.Room == q.Room;
        var hard = overlap * (requiredShared[i, j] + (sameRoom ? w.RoomConflict : 0));
        var medium = overlap * mediumPerGrain[i, j];
        var soft = overlap * w.OverlappingMeetings;
        soft += ((q.Grain == p.Grain + di ? 1 : 0) + (p.Grain == q.Grain + dj ? 1 : 0)) * (long)w.OneTimeGrainBreak;
        if (!sameRoom && (Follows(p.Grain, di, q.Grain) || Follows(q.Grain, dj, p.Grain)))
        {
            soft += attendeesShared[i, j];
        }

        return new Score(-hard, -medium, -soft);
    }

    /// <summary>The full score of a complete placement, from the unary and pair terms.</summary>
    public Score Total(IReadOnlyList<Placement> placements)
    {
        var total = default(Score);
        for (var i = 0; i < placements.Count; i++)
        {
            total += Unary(i, placements[i]);
            for (var j = i + 1; j < placements.Count; j++)
            {
                total += Pair(i, placements[i], j, placements[j]);
            }
        }

        return total;
    }

    /// <summary>Room stability's "A before B, B starting at most 2 grains after A ends".</summary>
    public static bool Follows(int startA, int durationA, int startB) => startA < startB && startB - (startA + durationA) <= 2;
}
