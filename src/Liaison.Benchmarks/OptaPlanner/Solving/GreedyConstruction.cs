namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// The warm start: places meetings one at a time, longest and most attended first, each at its cheapest
/// (start, room) given those already placed (lexicographic: hard, then medium, then soft).
/// O(meetings^2 * grains * rooms) in the worst case; typically well under a second on the 200-meeting instance.
/// </summary>
internal static class GreedyConstruction
{
    public static Placement[] Build(CostModel costs)
    {
        var problem = costs.Problem;
        var order = Enumerable.Range(0, problem.Meetings.Count)
            .OrderByDescending(i => problem.Meetings[i].DurationGrains)
            .ThenByDescending(i => problem.Meetings[i].AttendeeCount)
            .ThenBy(i => i);
        var placements = new Placement[problem.Meetings.Count];
        var placed = new List<(int Meeting, Placement At)>();
        foreach (var i in order)
        {
            var starts = CandidatePricing.Starts(problem, i);
            if (starts.Length == 0)
            {
                starts = [0];
            }

            var rooms = CandidatePricing.Rooms(problem, i);
            var prices = CandidatePricing.Price(costs, i, starts, rooms, placed);
            var best = 0;
            for (var c = 1; c < prices.Length; c++)
            {
                if (prices[c] > prices[best])
                {
                    best = c;
                }
            }

            placements[i] = new Placement(starts[best / rooms.Length], rooms[best % rooms.Length]);
            placed.Add((i, placements[i]));
        }

        return placements;
    }
}
