namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>Where a meeting may go, and what each of those places costs against meetings that stay put.</summary>
internal static class CandidatePricing
{
    /// <summary>
    /// The starts at which meeting <paramref name="i"/> ends on its starting day within the horizon (so overtime and
    /// "start and end on same day" can never be broken), optionally only on <paramref name="days"/>.
    /// </summary>
    public static int[] Starts(MeetingProblem problem, int i, IReadOnlySet<int>? days = null)
    {
        var duration = problem.Meetings[i].DurationGrains;
        return [.. problem.Grains.Where(g => (days is null || days.Contains(g.Day)) && problem.FitsInDay(g.Index, duration))
            .Select(g => g.Index)];
    }

    /// <summary>The rooms that seat every attendee; when none does, the largest rooms (the smallest shortfall).</summary>
    public static int[] Rooms(MeetingProblem problem, int i)
    {
        var needed = problem.Meetings[i].AttendeeCount;
        var largest = problem.Rooms.Max(r => r.Capacity);
        var floor = Math.Min(needed, largest);
        return [.. Enumerable.Range(0, problem.Rooms.Count).Where(r => problem.Rooms[r].Capacity >= floor)];
    }

    /// <summary>
    /// The cost of each candidate (start, room) of meeting <paramref name="i"/>, unary terms plus its pair terms with
    /// every meeting in <paramref name="fixedMeetings"/>; indexed <c>[startIndex * rooms.Length + roomIndex]</c>.
    /// Starts are priced in parallel (each writes its own slice), so construction and descent use both cores.
    /// </summary>
    public static Score[] Price(CostModel costs, int i, int[] starts, int[] rooms, IReadOnlyList<(int Meeting, Placement At)> fixedMeetings)
    {
        var duration = costs.Problem.Meetings[i].DurationGrains;
        var prices = new Score[starts.Length * rooms.Length];
        Parallel.For(0, starts.Length, s =>
        {
            for (var r = 0; r < rooms.Length; r++)
            {
                prices[(s * rooms.Length) + r] = costs.Unary(i, new Placement(starts[s], rooms[r]));
            }

            foreach (var (j, at) in fixedMeetings)
            {
                var otherDuration = costs.Problem.Meetings[j].DurationGrains;
                if (starts[s] > at.Grain + otherDuration + 2 || at.Grain > starts[s] + duration + 2)
                {
                    continue;
                }

                for (var r = 0; r < rooms.Length; r++)
                {
                    prices[(s * rooms.Length) + r] += costs.Pair(i, new Placement(starts[s], rooms[r]), j, at);
                }
            }
        });

        return prices;
    }
}
