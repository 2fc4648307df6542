namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// Large-neighbourhood search: repeatedly frees a few meetings on one or two days (of one person, of one room,
/// touching another, or any), or a run of meetings that follow each other in time, kept in their rooms (a wave,
/// every other one across a night), keeps all others fixed, and re-solves the free ones with <see cref="NeighbourhoodModel"/>
/// hinted with their current places. A result is kept when its full score is at least as good. The neighbourhood
/// grows while CP-SAT proves its sub-models optimal and shrinks when it does not. Single-threaded driver; each
/// sub-model runs on two CP-SAT workers.
/// </summary>
internal sealed class LargeNeighbourhoodSearch(CostModel costs, int seed)
{
    private const double SubModelSeconds = 0.5;
    private const int WaveEvery = 2;
    private readonly Random random = new(seed);
    private int size = 6;
    private int waveSize = 8;

    /// <summary>Improves <paramref name="start"/> until the limits stop it.</summary>
    /// <param name="start">A complete placement.</param>
    /// <param name="limits">Deadline and stop signal; no sub-model starts after them.</param>
    /// <param name="improved">Called with each better score found.</param>
    /// <returns>The best placement found.</returns>
    public Placement[] Improve(Placement[] start, SolveLimits limits, Action<Score>? improved)
    {
        var current = start;
        var score = costs.Total(current);
        var problem = costs.Problem;
        while (true)
        {
            var seconds = Math.Min(SubModelSeconds, limits.SecondsLeft);
            if (seconds < 0.05)
            {
                return current;
            }

            var wave = random.Next(WaveEvery) == 0;
            var (freeMeetings, days) = wave ? PickWave(current) : Pick(current);
            var result = NeighbourhoodModel.Solve(costs, current, freeMeetings, days, wave, seconds, random.Next(1, int.MaxValue));
            var grow = result is { Optimal: true };
            if (wave)
            {
                waveSize = grow ? Math.Min(problem.Meetings.Count, waveSize + 1) : Math.Max(3, waveSize - 1);
            }
            else
            {
                size = grow ? Math.Min(problem.Meetings.Count, size + 1) : Math.Max(3, size - 1);
            }

            if (result is not { } found)
            {
                continue;
            }

            var next = costs.Total(found.Placements);
            if (next >= score)
            {
                if (next > score)
                {
                    improved?.Invoke(next);
                }

                (current, score) = (found.Placements, next);
            }
        }
    }

    // One or two days (the second often earlier, where "as soon as possible" pulls), then the meetings on them of
    // one person, of one room, that touch another (a one-grain break penalty), or of anyone; at most `size` of them,
    // drawn at random, topped up with others of those days.
    private (HashSet<int> Meetings, HashSet<int> Days) Pick(Placement[] current)
    {
        var problem = costs.Problem;
        var dayOf = current.Select(p => problem.Grains[p.Grain].Day).ToArray();
        var days = new HashSet<int> { random.Next(problem.Days.Count) };
        if (random.Next(3) > 0)
        {
            days.Add(random.Next(days.Max() + 1));
        }

        var (person, room) = (random.Next(problem.Persons.Count), random.Next(problem.Rooms.Count));
        var onDays = OnDays(Enumerable.Range(0, current.Length), dayOf, days).ToList();
        var pool = random.Next(4) switch
        {
            0 => onDays.Where(i => Attends(i, person)),
            1 => onDays.Where(i => current[i].Room == room),
            2 => onDays.Where(i => Touches(current, i)),
            _ => onDays,
        };
        var chosen = pool.OrderBy(_ => random.Next()).Take(size).ToHashSet();
        foreach (var extra in onDays.Where(i => !chosen.Contains(i)).OrderBy(_ => random.Next()))
        {
            if (chosen.Count >= size)
            {
                break;
            }

            chosen.Add(extra);
        }

        return (chosen, days);
    }

    // A wave: `waveSize` meetings that follow each other in time, re-timed in their rooms. Moving one meeting alone
    // makes or breaks one-grain breaks with many others; re-timing a run of them together finds starts where
    // consecutive meetings leave a grain free or start together. Grains are numbered straight across nights, so the
    // last meetings of a day and the first of the next make one-grain breaks too: every other wave straddles a night,
    // at a random offset, since moving a meeting off a day's first grain to the day before gave the largest gains.
    private (HashSet<int> Meetings, HashSet<int> Days) PickWave(Placement[] current)
    {
        var nights = Nights(costs.Problem, current);
        var first = nights.Length > 0 && random.Next(2) == 0
            ? nights[random.Next(nights.Length)] - 1 - random.Next(Math.Max(1, waveSize - 1))
            : random.Next(Math.Max(1, current.Length - waveSize + 1));
        return Wave(costs.Problem, current, Math.Clamp(first, 0, Math.Max(0, current.Length - waveSize)), waveSize);
    }

    /// <summary>
    /// The places, in the placement ordered by start, of each meeting that comes first after a night: on a later day
    /// than the meeting before it. A wave from place p - 1 takes the last meeting before that night and the first after.
    /// </summary>
    internal static int[] Nights(MeetingProblem problem, IReadOnlyList<Placement> current)
    {
        var days = current.Select(p => problem.Grains[p.Grain].Day).Order().ToArray();
        return [.. Enumerable.Range(1, Math.Max(0, days.Length - 1)).Where(k => days[k] != days[k - 1])];
    }

    /// <summary>
    /// The meetings in places <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 of
    /// the placement ordered by start (ties by index), and the days they are on: one day, or two or more when the
    /// run crosses a night.
    /// </summary>
    internal static (HashSet<int> Meetings, HashSet<int> Days) Wave(MeetingProblem problem, IReadOnlyList<Placement> current, int first, int count)
    {
        var wave = Enumerable.Range(0, current.Count).OrderBy(i => current[i].Grain).Skip(first).Take(count).ToHashSet();
        return (wave, wave.Select(i => problem.Grains[current[i].Grain].Day).ToHashSet());
    }

    private static IEnumerable<int> OnDays(IEnumerable<int> meetings, int[] dayOf, HashSet<int> days) =>
        meetings.Where(i => days.Contains(dayOf[i]));

    // Whether meeting i starts where another ends, or ends where another starts.
    private bool Touches(Placement[] current, int i)
    {
        var meetings = costs.Problem.Meetings;
        var end = current[i].Grain + meetings[i].DurationGrains;
        return Enumerable.Range(0, current.Length).Any(j => j != i
            && (current[j].Grain == end || current[j].Grain + meetings[j].DurationGrains == current[i].Grain));
    }

    private bool Attends(int meeting, int person) =>
        costs.Problem.Meetings[meeting].Required.Contains(person) || costs.Problem.Meetings[meeting].Preferred.Contains(person);
}
