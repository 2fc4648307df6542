namespace Liaison.Scheduling;

/// <summary>
/// The meetings of a programme, queried the way the hard rules read: who, which room and which
/// interpreter is busy when. Used after the solve to fill any gap the solver left and to find
/// what crowds out each request left unplaced.
/// </summary>
internal sealed class Occupancy
{
    private readonly PlanningProblem _problem;
    private readonly List<Placement> _placements;

    /// <summary>Starts from <paramref name="placements"/>, which must already obey the hard rules.</summary>
    public Occupancy(PlanningProblem problem, IEnumerable<Placement> placements)
    {
        _problem = problem;
        _placements = placements.ToList();
    }

    /// <summary>The meetings held.</summary>
    public IReadOnlyList<Placement> Placements => _placements;

    /// <summary>
    /// Places <paramref name="request"/> at its earliest start where a participant, a room and (when
    /// needed) an interpreter are all free, taking the first free room and interpreter in scenario order.
    /// </summary>
    /// <returns>Whether it was placed.</returns>
    public bool TryAdd(PlannableRequest request)
    {
        foreach (var start in request.Starts)
        {
            var probe = Probe(request, start);
            if (probe.Count == 0)
            {
                var room = request.Rooms.First(r => !_placements.Any(p => p.Room == r && Overlaps(p, start, request.Duration, 0)));
                var interpreter = request.Interpreters
                    .Where(o => o.Starts.Contains(start))
                    .Select(o => o.Interpreter)
                    .FirstOrDefault(i => !_placements.Any(p => p.Interpreter == i && Overlaps(p, start, request.Duration, 0)));
                _placements.Add(new Placement(request, start, room, interpreter));
                return true;
            }
        }

        return false;
    }

    /// <summary>Every placed meeting in the way of <paramref name="request"/> at any of its starts.</summary>
    public IReadOnlyList<Blocker> BlockersOf(PlannableRequest request) =>
        request.Starts.SelectMany(s => Probe(request, s)).Distinct().ToList();

    /// <summary>
    /// What stops <paramref name="request"/> at <paramref name="start"/>: meetings sharing a participant
    /// (with the protocol buffer for principals); all holders of the suitable rooms, when every one is
    /// taken; all holders of the available interpreters, when every one is taken. Empty when it fits.
    /// </summary>
    private List<Blocker> Probe(PlannableRequest request, long start)
    {
        var duration = request.Duration;
        var blockers = new List<Blocker>();
        foreach (var id in request.ParticipantIds)
        {
            var buffer = _problem.IsPrincipal(id) ? _problem.Timeline.ProtocolBuffer : 0;
            blockers.AddRange(_placements
                .Where(p => p.Plannable.ParticipantIds.Contains(id) && Overlaps(p, start, duration, buffer))
                .Select(p => new Blocker(p, $"shares {id}")));
        }

        var roomHolders = request.Rooms
            .Select(r => _placements.FirstOrDefault(p => p.Room == r && Overlaps(p, start, duration, 0)))
            .ToList();
        if (roomHolders.All(p => p is not null))
        {
            blockers.AddRange(roomHolders.Select(p => new Blocker(p!, $"holds room {p!.Room.Name}")));
        }

        if (request.NeedsInterpreter)
        {
            var interpreterHolders = request.Interpreters
                .Where(o => o.Starts.Contains(start))
                .Select(o => _placements.FirstOrDefault(p => p.Interpreter == o.Interpreter && Overlaps(p, start, duration, 0)))
                .ToList();
            if (interpreterHolders.All(p => p is not null))
            {
                blockers.AddRange(interpreterHolders.Select(p => new Blocker(p!, $"has interpreter {p!.Interpreter!.Id}")));
            }
        }

        return blockers;
    }

    /// <summary>Whether a meeting at [start, start + duration) comes within <paramref name="buffer"/> minutes of <paramref name="placed"/>.</summary>
    private static bool Overlaps(Placement placed, long start, long duration, long buffer) =>
        start < placed.End + buffer && placed.Start < start + duration + buffer;
}
