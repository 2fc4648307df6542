namespace Liaison.Scheduling;

/// <summary>
/// A fast local search between the greedy construction and the neighbourhoods: each request left out, most priority
/// first, tries each of its starts by taking out the meetings in its way, placing it, and moving what it took out
/// elsewhere, each by ejecting at most one meeting worth less than itself. A move is kept only when the placed
/// priority rises; otherwise the programme is restored exactly.
/// </summary>
/// <remarks>
/// <para>
/// What stands in the way at a start: the meetings of its required participants that clash with it (buffer
/// included), and, when no suitable room or no eligible interpreter is then free, one of the least valuable meetings
/// holding one. A meeting taken out goes back wherever the greedy rule finds room or, failing that, takes the place
/// (start and room) of a meeting worth less than itself, which then goes wherever the greedy rule finds room or is
/// left out. These are ejection chains of length two: a request of priority 3 takes the room of a meeting of
/// priority 3, which moves to another hour and takes the room of a meeting of priority 2.
/// </para>
/// <para>
/// When every room is full at every start (the assembly family after the greedy construction) no single swap helps
/// a request whose participants are free only where rooms hold meetings worth as much as it; the chain reaches a
/// meeting worth less elsewhere. Every placement goes through <see cref="Occupancy.TryPlaceAt"/> and
/// <see cref="Occupancy.TryPlace"/>, which check every hard rule, so a kept move leaves a valid programme.
/// Not thread-safe: it changes the programme in place.
/// </para>
/// </remarks>
internal static class EjectionRepair
{
    /// <summary>Most meetings of its participants a request may take out at one start.</summary>
    private const int MaxTakenOut = 2;

    /// <summary>Room or interpreter holders tried at one start, least valuable first.</summary>
    private const int HoldersTried = 2;

    /// <summary>
    /// Runs passes over the requests left out until a pass keeps no move or <paramref name="stop"/> returns true
    /// (checked before each request).
    /// </summary>
    /// <param name="occupancy">The programme; improved in place.</param>
    /// <param name="requests">The requests the search may place or take out (locked ones are never taken out).</param>
    /// <param name="stop">Whether to stop now (time limit or cancellation).</param>
    /// <returns>The number of moves kept.</returns>
    public static int Run(Occupancy occupancy, IReadOnlyList<PlannableRequest> requests, Func<bool> stop)
    {
        var kept = 0;
        var unmovable = new HashSet<PlannableRequest>();
        for (var improved = true; improved && !stop();)
        {
            improved = false;
            var left = requests.Where(r => occupancy.PlacementOf(r) is null).OrderByDescending(r => r.Request.Priority).ToList();
            var cheapest = Cheapest(occupancy);
            foreach (var request in left)
            {
                if (stop())
                {
                    break;
                }

                var mayEject = request.Request.Priority > cheapest;
                if (occupancy.PlacementOf(request) is null && Tried(occupancy, request).Any(s => TryAt(occupancy, request, s, mayEject, unmovable)))
                {
                    cheapest = Cheapest(occupancy);
                    unmovable.Clear();
                    kept++;
                    improved = true;
                }
            }
        }

        return kept;
    }

    /// <summary>
    /// The lowest priority of a meeting that may be taken out (<see cref="int.MaxValue"/> when none): every ejection chain
    /// ends by leaving out a meeting at least this valuable, so a request worth no more can gain only when everything it
    /// takes out goes back without ejecting anything.
    /// </summary>
    private static int Cheapest(Occupancy occupancy) =>
        occupancy.Placements.Where(p => !p.Plannable.IsLocked).Select(p => p.Request.Priority).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>
    /// The starts tried: those on the grid of the meeting's own length from the day's start, where the greedy rule fills
    /// rooms and participants' days without holes (a sixth of the starts of a 30-minute meeting on a 5-minute step).
    /// </summary>
    private static IEnumerable<long> Tried(Occupancy occupancy, PlannableRequest request) =>
        request.Starts.Where(s => occupancy.Problem.Timeline.OnGrid(s, request.Duration));

    /// <summary>Tries to hold <paramref name="request"/> at <paramref name="start"/> by ejection; keeps the move only when it raises the placed priority.</summary>
    /// <remarks>
    /// With <paramref name="mayEject"/> false (the request is worth no more than the cheapest meeting held) nothing is
    /// ejected: only the request's participants' meetings are taken out, and they must go back by the greedy rule.
    /// <paramref name="unmovable"/> holds the meetings that could not be relocated since the last move kept: they are
    /// not tried again until then. Placing the request can only take room from them, so this loses little and saves
    /// most of the work on a full programme.
    /// </remarks>
    private static bool TryAt(Occupancy occupancy, PlannableRequest request, long start, bool mayEject, HashSet<PlannableRequest> unmovable)
    {
        var clashing = Clashing(occupancy, request, start);
        if (clashing.Count > MaxTakenOut || clashing.Any(p => p.Plannable.IsLocked || unmovable.Contains(p.Plannable)))
        {
            return false;
        }

        var before = occupancy.PlacedPriority;
        var move = new Move(occupancy);
        clashing.ForEach(move.Remove);
        if (move.Place(request, start, null) is not null || (mayEject && TakeOutAHolder(move, request, start, clashing, unmovable)))
        {
            foreach (var placement in clashing.OrderByDescending(p => p.Request.Priority))
            {
                if (!Relocate(move, placement, mayEject))
                {
                    unmovable.Add(placement.Plannable);
                }
            }
        }

        if (occupancy.PlacedPriority > before)
        {
            return true;
        }

        move.Undo();
        return false;
    }

    /// <summary>The meetings of the request's required participants that overlap it at <paramref name="start"/>, buffers included.</summary>
    private static List<Placement> Clashing(Occupancy occupancy, PlannableRequest request, long start) =>
        request.Participants
            .SelectMany(p => occupancy.MeetingsOf(p).Where(q => !occupancy.ParticipantFreeOf(p, start, request.Duration, q)))
            .Distinct()
            .ToList();

    /// <summary>
    /// When every suitable room or eligible interpreter is taken at <paramref name="start"/>: takes out one of the
    /// <see cref="HoldersTried"/> least valuable meetings holding one, places the request, and adds that meeting to
    /// <paramref name="takenOut"/>; false, with nothing changed, when no such meeting makes room.
    /// </summary>
    private static bool TakeOutAHolder(Move move, PlannableRequest request, long start, List<Placement> takenOut, HashSet<PlannableRequest> unmovable)
    {
        var problem = move.Occupancy.Problem;
        var end = start + request.Duration;
        var holders = request.Rooms.SelectMany(r => move.Occupancy.MeetingsIn(problem.RoomIndex(r)))
            .Concat(request.Interpreters.SelectMany(o => move.Occupancy.MeetingsServedBy(problem.InterpreterIndex(o.Interpreter))))
            .Where(q => q.Start < end && start < q.End && !q.Plannable.IsLocked && !unmovable.Contains(q.Plannable))
            .Distinct()
            .OrderBy(q => q.Request.Priority)
            .Take(HoldersTried)
            .ToList();
        foreach (var holder in holders)
        {
            var mark = move.Mark();
            move.Remove(holder);
            if (move.Place(request, start, holder.Room) is not null)
            {
                takenOut.Add(holder);
                return true;
            }

            move.UndoTo(mark);
        }

        return false;
    }

    /// <summary>
    /// Puts a meeting taken out back into the programme: at the first start on its grid (<see cref="Tried"/>) where its
    /// participants are free and there is room, else at such a start in the room of the least valuable meeting worth less
    /// than it that it can replace (when <paramref name="mayEject"/>), which is placed again by the greedy rule if it can
    /// be. Leaves it out, and returns false, when neither works. Starts are tried earliest first.
    /// </summary>
    private static bool Relocate(Move move, Placement takenOut, bool mayEject)
    {
        var request = takenOut.Plannable;
        var occupancy = move.Occupancy;
        var open = Tried(occupancy, request).Where(s => occupancy.RequiredFree(request, s, null)).ToList();
        if (open.Any(s => move.Place(request, s, null) is not null))
        {
            return true;
        }

        if (!mayEject)
        {
            return false;
        }

        var cheaper = occupancy.Placements
            .Where(q => q.Request.Priority < request.Request.Priority && !q.Plannable.IsLocked && open.BinarySearch(q.Start) >= 0)
            .OrderBy(q => q.Request.Priority)
            .ToList();
        foreach (var victim in cheaper)
        {
            var mark = move.Mark();
            move.Remove(victim);
            if (move.Place(request, victim.Start, victim.Room) is not null)
            {
                move.Place(victim.Plannable);
                return true;
            }

            move.UndoTo(mark);
        }

        return false;
    }
}
