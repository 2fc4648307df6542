namespace Liaison.Scheduling;

/// <summary>
/// Chooses the neighbourhoods of the large-neighbourhood search, alternating two kinds around a
/// request left out chosen at random (three times in four among those worth more than the cheapest meeting held):
/// <list type="bullet">
/// <item><b>time window</b>: every meeting starting in a window around one of its starts, across all
/// rooms, interpreters and participants, plus the requests left out that could start in it (highest
/// priority first), each limited to starts inside the window;</item>
/// <item><b>participants</b>: every request, held or not, of its participants, widened with the
/// participants of their meetings until half the target size, plus meetings of lower priority than
/// the request drawn at random from the whole programme (giving up their rooms and interpreters is
/// how a request blocked everywhere gets in), all over all their starts.</item>
/// </list>
/// Each kind has its own target size, which grows by a quarter after a neighbourhood solved to
/// optimality (or proved to hold no improvement) and shrinks by a fifth after one that ran out of time.
/// </summary>
internal sealed class Neighbourhoods
{
    private const int InitialSize = 150;
    private const int MinimumSize = 30;
    private const int MaximumSize = 1500;

    private readonly Occupancy _occupancy;
    private readonly IReadOnlyList<PlannableRequest> _requests;
    private readonly List<PlannableRequest>[] _byParticipant;
    private readonly Random _random;
    private readonly long _workingMinutes;
    private readonly int[] _sizes = [InitialSize, InitialSize / 2];
    private int _kind;
    private int _size;

    /// <summary>Neighbourhoods over <paramref name="requests"/> in <paramref name="occupancy"/>, drawn with <paramref name="seed"/>.</summary>
    public Neighbourhoods(Occupancy occupancy, IReadOnlyList<PlannableRequest> requests, int seed)
    {
        _occupancy = occupancy;
        _requests = requests;
        _random = new Random(seed);
        _workingMinutes = occupancy.Problem.Timeline.Days.Sum(d => d.Length);
        _byParticipant = occupancy.Problem.ParticipantIds.Select(_ => new List<PlannableRequest>()).ToArray();
        foreach (var request in requests)
        {
            foreach (var p in request.Participants)
            {
                _byParticipant[p].Add(request);
            }
        }
    }

    /// <summary>The next neighbourhood; empty when every request is held.</summary>
    public IReadOnlyList<FreeRequest> Next(int round)
    {
        var unplaced = _requests.Where(r => _occupancy.PlacementOf(r) is null).ToList();
        if (unplaced.Count == 0)
        {
            return [];
        }

        // A seed worth no more than the cheapest meeting held can be placed only where room is left, which the
        // construction and the repair already looked for; seeds that can displace something are drawn first.
        var cheapest = _occupancy.Placements.Where(p => !p.Plannable.IsLocked).Select(p => p.Request.Priority).DefaultIfEmpty(int.MaxValue).Min();
        var worthMore = unplaced.Where(r => r.Request.Priority > cheapest).ToList();
        var seeds = worthMore.Count > 0 && _random.Next(4) > 0 ? worthMore : unplaced;
        var seed = seeds[_random.Next(seeds.Count)];
        _kind = round % 2;
        _size = _sizes[_kind];
        return _kind == 0 ? TimeWindow(seed, unplaced) : Participants(seed);
    }

    /// <summary>Grows the target size after an optimal solve, shrinks it after one that ran out of time.</summary>
    public void Adapt(bool solvedToOptimality) =>
        _sizes[_kind] = solvedToOptimality ? Math.Min(_size * 5 / 4, MaximumSize) : Math.Max(_size * 4 / 5, MinimumSize);

    private List<FreeRequest> TimeWindow(PlannableRequest seed, List<PlannableRequest> unplaced)
    {
        var centre = seed.Starts[_random.Next(seed.Starts.Length)];
        var perMinute = Math.Max((double)_occupancy.Placements.Count / _workingMinutes, 1e-3);
        var length = (long)Math.Clamp(_size / 2 / perMinute, seed.Duration, _workingMinutes);
        var (from, to) = (centre - (length / 2), centre - (length / 2) + length);
        long[] Inside(PlannableRequest r) => r.Starts.Where(s => s >= from && s < to).ToArray();

        var free = _occupancy.Placements
            .Where(p => p.Start >= from && p.Start < to && !p.Plannable.IsLocked)
            .Select(p => new FreeRequest(p.Plannable, Inside(p.Plannable), p))
            .ToList();
        var room = Math.Max(_size - free.Count, _size / 2);
        free.AddRange(unplaced
            .Where(r => HasStartIn(r, from, to))
            .OrderByDescending(r => r.Request.Priority)
            .ThenBy(_ => _random.Next())
            .Take(room)
            .Select(r => new FreeRequest(r, Inside(r), null)));
        return free;
    }

    private List<FreeRequest> Participants(PlannableRequest seed)
    {
        var chosen = new HashSet<PlannableRequest>();
        var participants = new Queue<int>(seed.Participants);
        while (participants.Count > 0 && chosen.Count < _size / 2)
        {
            var p = participants.Dequeue();
            foreach (var request in _byParticipant[p].Where(chosen.Add).ToList())
            {
                foreach (var other in request.Participants.Where(_ => _random.Next(4) == 0))
                {
                    participants.Enqueue(other);
                }
            }
        }

        var lower = _occupancy.Placements.Where(p => p.Request.Priority < seed.Request.Priority && !chosen.Contains(p.Plannable)).ToList();
        for (var i = 0; i < lower.Count && chosen.Count < _size; i++)
        {
            var pick = _random.Next(i, lower.Count);
            (lower[i], lower[pick]) = (lower[pick], lower[i]);
            chosen.Add(lower[i].Plannable);
        }

        return chosen
            .Where(r => !r.IsLocked)
            .Select(r => new FreeRequest(r, r.Starts, _occupancy.PlacementOf(r)))
            .ToList();
    }

    private static bool HasStartIn(PlannableRequest request, long from, long to)
    {
        var i = Array.BinarySearch(request.Starts, from);
        i = i < 0 ? ~i : i;
        return i < request.Starts.Length && request.Starts[i] < to;
    }
}
