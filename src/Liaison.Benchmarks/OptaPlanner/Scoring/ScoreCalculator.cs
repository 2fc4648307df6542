namespace Liaison.Benchmarks.OptaPlanner.Scoring;

/// <summary>
/// The referee: scores a complete placement exactly as the benchmark's README defines OptaPlanner's
/// meeting-scheduling score, one method per constraint, written from the text and sharing no code with the solver.
/// Overlap of A and B is <c>min(endA, endB) - max(startA, startB)</c> grains (ends exclusive), 0 when not positive.
/// Stateless and thread-safe; O(meetings^2 + persons * meetings^2).
/// </summary>
public static class ScoreCalculator
{
    /// <summary>Scores a placement of every meeting.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="placements">One placement per meeting, in <see cref="MeetingProblem.Meetings"/> order.</param>
    /// <returns>The score: each level minus its weighted penalties.</returns>
    /// <exception cref="ArgumentException">When the count differs from the meetings' or a grain or room index is out of range.</exception>
    public static Score Calculate(MeetingProblem problem, IReadOnlyList<Placement> placements)
    {
        var p = Penalties(problem, placements);
        var w = problem.Weights;
        return new Score(
            -(p[0] * w.RoomConflict + p[1] * w.AvoidOvertime + p[2] * w.RequiredAttendanceConflict
              + p[3] * w.RequiredRoomCapacity + p[4] * w.StartAndEndOnSameDay),
            -(p[5] * w.RequiredAndPreferredAttendanceConflict + p[6] * w.PreferredAttendanceConflict),
            -(p[7] * w.DoMeetingsAsSoonAsPossible + p[8] * w.OneTimeGrainBreak + p[9] * w.OverlappingMeetings
              + p[10] * w.AssignLargerRoomsFirst + p[11] * w.RoomStability));
    }

    /// <summary>Each constraint's share of the score of a placement of every meeting, in <see cref="ConstraintWeights.Names"/> order.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="placements">One placement per meeting, in <see cref="MeetingProblem.Meetings"/> order.</param>
    /// <returns>Twelve entries; the weighted penalties of one level add up to minus that level of <see cref="Calculate"/>.</returns>
    /// <exception cref="ArgumentException">When the count differs from the meetings' or a grain or room index is out of range.</exception>
    public static IReadOnlyList<ConstraintPenalty> Split(MeetingProblem problem, IReadOnlyList<Placement> placements)
    {
        var penalties = Penalties(problem, placements);
        var weights = problem.Weights.Values;
        return [.. penalties.Select((count, i) => new ConstraintPenalty(ConstraintWeights.Names[i], ConstraintWeights.Levels[i], count, count * weights[i]))];
    }

    /// <summary>The unweighted penalty of each constraint, in <see cref="ConstraintWeights.Names"/> order.</summary>
    internal static long[] Penalties(MeetingProblem problem, IReadOnlyList<Placement> placements)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(placements);
        var placed = Place(problem, placements);
        return
        [
            RoomConflict(placed), Overtime(problem, placed), RequiredAttendanceConflict(problem, placed),
            RequiredRoomCapacity(problem, placed), StartAndEndOnSameDay(problem, placed),
            RequiredAndPreferredAttendanceConflict(problem, placed), PreferredAttendanceConflict(problem, placed),
            AsSoonAsPossible(placed), OneTimeGrainBreak(placed), OverlappingMeetings(placed),
            AssignLargerRoomsFirst(problem, placed), RoomStability(problem, placed),
        ];
    }

    private static long RoomConflict(Placed[] m) =>
        UniquePairs(m.Length).Where(x => m[x.A].Room == m[x.B].Room).Sum(x => Overlap(m[x.A], m[x.B]));

    private static long Overtime(MeetingProblem problem, Placed[] m) =>
        m.Where(x => x.Last > problem.Grains.Count - 1).Sum(x => (long)x.Last);

    private static long RequiredAttendanceConflict(MeetingProblem problem, Placed[] m) =>
        Enumerable.Range(0, problem.Persons.Count).Sum(person =>
        {
            var meetings = m.Where(x => x.Meeting.Required.Contains(person)).ToArray();
            return UniquePairs(meetings.Length).Sum(x => Overlap(meetings[x.A], meetings[x.B]));
        });

    private static long RequiredRoomCapacity(MeetingProblem problem, Placed[] m) =>
        m.Sum(x => (long)Math.Max(0, x.Meeting.AttendeeCount - problem.Rooms[x.Room].Capacity));

    // A last index past the horizon lies on no day: that meeting is penalised by overtime only, as in OptaPlanner.
    private static long StartAndEndOnSameDay(MeetingProblem problem, Placed[] m) =>
        m.Count(x => x.Last < problem.Grains.Count && problem.Grains[x.Last].Day != problem.Grains[x.Start].Day);

    private static long RequiredAndPreferredAttendanceConflict(MeetingProblem problem, Placed[] m) =>
        Enumerable.Range(0, problem.Persons.Count).Sum(person =>
            m.Where(r => r.Meeting.Required.Contains(person))
             .Sum(r => m.Where(p => p.Meeting.Preferred.Contains(person)).Sum(p => Overlap(r, p))));

    private static long PreferredAttendanceConflict(MeetingProblem problem, Placed[] m) =>
        Enumerable.Range(0, problem.Persons.Count).Sum(person =>
        {
            var meetings = m.Where(x => x.Meeting.Preferred.Contains(person)).ToArray();
            return UniquePairs(meetings.Length).Sum(x => Overlap(meetings[x.A], meetings[x.B]));
        });

    private static long AsSoonAsPossible(Placed[] m) => m.Sum(x => (long)x.Last);

    private static long OneTimeGrainBreak(Placed[] m) =>
        m.Sum(first => (long)m.Count(second => !ReferenceEquals(first, second) && second.Start == first.Last + 1));

    private static long OverlappingMeetings(Placed[] m) =>
        UniquePairs(m.Length).Sum(x => Overlap(m[x.A], m[x.B]));

    private static long AssignLargerRoomsFirst(MeetingProblem problem, Placed[] m) =>
        m.Sum(x => problem.Rooms.Sum(room => (long)Math.Max(0, room.Capacity - problem.Rooms[x.Room].Capacity)));

    private static long RoomStability(MeetingProblem problem, Placed[] m) =>
        Enumerable.Range(0, problem.Persons.Count).Sum(person =>
        {
            var meetings = m.Where(x => x.Meeting.Required.Contains(person) || x.Meeting.Preferred.Contains(person)).ToArray();
            return meetings.Sum(a => (long)meetings.Count(b =>
                a.Start < b.Start && a.Room != b.Room && b.Start - a.End <= 2));
        });

    private static long Overlap(Placed a, Placed b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static IEnumerable<(int A, int B)> UniquePairs(int count)
    {
        for (var a = 0; a < count; a++)
        {
            for (var b = a + 1; b < count; b++)
            {
                yield return (a, b);
            }
        }
    }

    private static Placed[] Place(MeetingProblem problem, IReadOnlyList<Placement> placements)
    {
        if (placements.Count != problem.Meetings.Count)
        {
            throw new ArgumentException($"Expected {problem.Meetings.Count} placements, got {placements.Count}.", nameof(placements));
        }

        return [.. problem.Meetings.Select((meeting, i) =>
        {
            var (grain, room) = (placements[i].Grain, placements[i].Room);
            if (grain < 0 || grain >= problem.Grains.Count || room < 0 || room >= problem.Rooms.Count)
            {
                throw new ArgumentException($"Meeting row {meeting.Row}: grain {grain} or room {room} is out of range.", nameof(placements));
            }

            return new Placed(meeting, grain, room);
        })];
    }

    private sealed record Placed(Meeting Meeting, int Start, int Room)
    {
        public int End => Start + Meeting.DurationGrains;

        public int Last => End - 1;
    }
}
