namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// Large-neighbourhood search: repeatedly frees a few meetings on one or two days (of one person, of one room,
/// touching another, or any), or a run of meetings that follow each other in time, kept in their rooms (a wave,
/// every other one across a night), keeps all others fixed, and re-solves the free ones with <see cref="NeighbourhoodModel"/>
/// hinted with their current places. A result is kept when its full score is at least as good. The neighbourhood
/// grows while CP-SAT proves its sub-models optimal and shrinks when it does not.
/// Rounds: each draws one neighbourhood per core (at most <see cref="MaxParallel"/>) from the current placement, solves
/// them at once on one CP-SAT worker each, then takes their results in the order drawn, each laid over the placement
/// as the earlier ones left it (its freed meetings only) and kept when the whole scores at least as well. Sub-models
/// stop on CP-SAT's deterministic time, so a run is the same whatever else the machine does, up to how many rounds fit
/// in the limit. Not thread-safe: one <see cref="Improve"/> call at a time.
/// </summary>
internal sealed class LargeNeighbourhoodSearch(CostModel costs, int seed)
{
    /// <summary>Neighbourhoods solved at once at most; more than the cores only share them.</summary>
    public const int MaxParallel = 4;

    // CP-SAT's deterministic time per sub-model (its own work unit). On the 50-meeting instance at 5 s, 0.25 gave
    // -205/-8699 in eight runs of eight, 0.35 -8701 to -8702, 0.5 from -8631 to -9221 (and -200 medium once); at 30 s
    // 0.25 was as good as 0.5 on 100 meetings and better on 50 and 200 (docs/optaplanner.md, sixth pass). The wall
    // limit only guards against a machine so loaded that the deterministic one would run far over.
    private const double SubModelDeterministicTime = 0.25;
    private const double SubModelWallSeconds = 1.0;
    private const int WaveEvery = 2;
    private readonly Random random = new(seed);
    private int size = 6;
    private int waveSize = 8;

    /// <summary>Improves <paramref name="start"/> until the limits stop it.</summary>
    /// <param name="start">A complete placement.</param>
    /// <param name="limits">Deadline and stop signal; no round starts after them.</param>
    /// <param name="improved">Called with each better score found.</param>
    /// <param name="parallel">Neighbourhoods per round; by default one per core, at most <see cref="MaxParallel"/>.</param>
    /// <returns>The best placement found.</returns>
    public Placement[] Improve(Placement[] start, SolveLimits limits, Action<Score>? improved, int? parallel = null)
    {
        var current = start;
        var score = costs.Total(current);
        var problem = costs.Problem;
        var count = parallel ?? Math.Clamp(Environment.ProcessorCount, 1, MaxParallel);
        while (true)
        {
            var seconds = Math.Min(SubModelWallSeconds, limits.SecondsLeft);
            if (seconds < 0.05)
            {
                return current;
            }

            var draws = Enumerable.Range(0, count).Select(_ => Draw(current)).ToArray();
            var results = new (Placement[] Placements, bool Optimal)?[count];
            Parallel.For(0, count, k => results[k] = NeighbourhoodModel.Solve(
                costs, current, draws[k].Meetings, draws[k].Days, draws[k].Wave, seconds, draws[k].Seed, workers: 1, SubModelDeterministicTime));
            var basis = current;
            for (var k = 0; k < count; k++)
            {
                var grow = results[k] is { Optimal: true };
                if (draws[k].Wave)
                {
                    waveSize = grow ? Math.Min(problem.Meetings.Count, waveSize + 1) : Math.Max(3, waveSize - 1);
                }
                else
                {
                    size = grow ? Math.Min(problem.Meetings.Count, size + 1) : Math.Max(3, size - 1);
                }

                if (results[k] is not { } found)
                {
                    continue;
                }

                var next = LaidOver(basis, current, found.Placements, draws[k].Meetings);
                var nextScore = costs.Total(next);
                if (nextScore >= score)
                {
                    if (nextScore > score)
                    {
                        improved?.Invoke(nextScore);
                    }

                    (current, score) = (next, nextScore);
                }
            }
        }
    }

    /// <summary>
    /// A round's result laid over the placement as the earlier results of the round left it: the sub-model was solved
    /// against <paramref name="basis"/>, so when <paramref name="current"/> is another placement, only the freed
    /// meetings' places are taken from <paramref name="found"/>. Returns a new array or <paramref name="found"/> itself;
    /// changes none of its arguments.
    /// </summary>
    internal static Placement[] LaidOver(Placement[] basis, Placement[] current, Placement[] found, IReadOnlyCollection<int> freed)
    {
        if (ReferenceEquals(basis, current))
        {
            return found;
        }

        var next = (Placement[])current.Clone();
        foreach (var i in freed)
        {
            next[i] = found[i];
        }

        return next;
    }

    private (HashSet<int> Meetings, HashSet<int> Days, bool Wave, int Seed) Draw(Placement[] current)
    {
        var wave = random.Next(WaveEvery) == 0;
        var (meetings, days) = wave ? PickWave(current) : Pick(current);
        return (meetings, days, wave, random.Next(1, int.MaxValue));
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
}
