namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// A fast local search between the phases: moves one meeting at a time to its cheapest (start, room) given all the
/// others, sweeping over the meetings until a sweep changes nothing or the deadline passes. A move never adds a hard
/// penalty (the comparison is lexicographic), so feasibility is kept. O(meetings^2 * grains * rooms) per sweep.
/// </summary>
internal static class BestMoveDescent
{
    public static Placement[] Improve(CostModel costs, Placement[] start, SolveLimits limits)
    {
        var current = (Placement[])start.Clone();
        var problem = costs.Problem;
        var moved = true;
        while (moved && !limits.IsOver)
        {
            moved = false;
            for (var i = 0; i < current.Length && !limits.IsOver; i++)
            {
                var others = Enumerable.Range(0, current.Length).Where(j => j != i).Select(j => (j, current[j])).ToList();
                var starts = CandidatePricing.Starts(problem, i);
                var rooms = CandidatePricing.Rooms(problem, i);
                var prices = CandidatePricing.Price(costs, i, starts, rooms, others);
                var here = Array.IndexOf(prices, prices.Max());
                var best = new Placement(starts[here / rooms.Length], rooms[here % rooms.Length]);
                var now = Array.FindIndex(starts, s => s == current[i].Grain) * rooms.Length + Array.IndexOf(rooms, current[i].Room);
                if (best != current[i] && (now < 0 || prices[here] > prices[now]))
                {
                    current[i] = best;
                    moved = true;
                }
            }
        }

        return current;
    }
}
