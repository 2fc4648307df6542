namespace Liaison.Scheduling;

/// <summary>
/// A fast local search between the greedy construction and the neighbourhoods: each request left out, most priority
/// first, tries each of its starts by taking out the meetings in its way when they are worth less than it, placing it,
/// and placing what it took out again wherever the greedy rule finds room. A move is kept only when the placed
/// priority rises; otherwise the programme is restored exactly.
/// </summary>
/// <remarks>
/// What stands in the way at a start: the meetings of its required participants that clash with it (buffer
/// included), and, when no suitable room or no eligible interpreter is then free, the least valuable meeting holding
/// one. Every placement goes through <see cref="Occupancy.TryPlaceAt"/> and <see cref="Occupancy.TryPlace"/>, which
/// check every hard rule, so a kept move leaves a valid programme. On the assembly family the greedy construction
/// leaves requests of priority 3 out while it holds ones of priority 2: one ejection (swap) places the better request.
/// Not thread-safe: it changes the programme in place.
/// </remarks>
internal static class EjectionRepair
{
    /// <summary>Most meetings of its participants a request may take out at one start.</summary>
    private const int MaxTakenOut = 2;

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
        for (var improved = true; improved && !stop();)
        {
            improved = false;
            var left = requests.Where(r => occupancy.PlacementOf(r) is null).OrderByDescending(r => r.Request.Priority).ToList();
            foreach (var request in left)
            {
                if (stop())
                {
                    break;
                }

                if (occupancy.PlacementOf(request) is null && Tried(occupancy, request).Any(s => TryAt(occupancy, request, s)))
                {
                    kept++;
                    improved = true;
                }
            }
        }

        return kept;
    }

    /// <summary>
    /// The starts tried: those on the grid of the meeting's own length from the day's start, where the greedy rule fills
    /// rooms without holes (a sixth of the starts of a 30-minute meeting on a 5-minute step); every start when a participant
    /// keeps a buffer, whose meetings are spaced by meeting plus buffer, off that grid.
    /// </summary>
    private static IEnumerable<long> Tried(Occupancy occupancy, PlannableRequest request)
    {
        var problem = occupancy.Problem;
        var anyStart = request.Participants.Any(p => problem.Buffers[p] > 0);
        return request.Starts.Where(s => anyStart || problem.Timeline.OnGrid(s, request.Duration));
    }

    /// <summary>Tries to hold <paramref name="request"/> at <paramref name="start"/> by ejection; keeps the move only when it raises the placed priority.</summary>
    private static bool TryAt(Occupancy occupancy, PlannableRequest request, long start)
    {
        var clashing = Clashing(occupancy, request, start);
        var worth = request.Request.Priority;
        if (clashing.Count > MaxTakenOut || clashing.Any(p => p.Plannable.IsLocked))
        {
            return false;
        }

        var before = occupancy.PlacedPriority;
        foreach (var placement in clashing)
        {
            occupancy.Remove(placement);
        }

        var placed = occupancy.TryPlaceAt(request, start, null) ?? PlaceByTakingOutAHolder(occupancy, request, start, worth, clashing);
        var replaced = new List<Placement>();
        if (placed is not null)
        {
            replaced.AddRange(clashing.OrderByDescending(p => p.Request.Priority).Select(p => occupancy.TryPlace(p.Plannable)).OfType<Placement>());
        }

        if (occupancy.PlacedPriority > before)
        {
            return true;
        }

        foreach (var placement in replaced.Append(placed).OfType<Placement>())
        {
            occupancy.Remove(placement);
        }

        foreach (var placement in clashing)
        {
            occupancy.Add(placement);
        }

        return false;
    }

    /// <summary>The meetings of the request's required participants that overlap it at <paramref name="start"/>, buffers included.</summary>
    private static List<Placement> Clashing(Occupancy occupancy, PlannableRequest request, long start) =>
        request.Participants
            .SelectMany(p => occupancy.MeetingsOf(p).Where(q => !occupancy.ParticipantFreeOf(p, start, request.Duration, q)))
            .Distinct()
            .ToList();

    /// <summary>
    /// When every suitable room or eligible interpreter is taken at <paramref name="start"/>: takes out the least valuable
    /// meeting (worth less than <paramref name="budget"/>) holding one, places the request, and adds that meeting to
    /// <paramref name="takenOut"/>; <c>null</c>, with nothing changed, when no such meeting makes room.
    /// </summary>
    private static Placement? PlaceByTakingOutAHolder(Occupancy occupancy, PlannableRequest request, long start, int budget, List<Placement> takenOut)
    {
        var problem = occupancy.Problem;
        var end = start + request.Duration;
        var holders = request.Rooms.SelectMany(r => occupancy.MeetingsIn(problem.RoomIndex(r)))
            .Concat(request.Interpreters.SelectMany(o => occupancy.MeetingsServedBy(problem.InterpreterIndex(o.Interpreter))))
            .Where(q => q.Start < end && start < q.End && q.Request.Priority < budget && !q.Plannable.IsLocked)
            .Distinct()
            .OrderBy(q => q.Request.Priority)
            .ToList();
        foreach (var holder in holders)
        {
            occupancy.Remove(holder);
            if (occupancy.TryPlaceAt(request, start, holder.Room) is { } placed)
            {
                takenOut.Add(holder);
                return placed;
            }

            occupancy.Add(holder);
        }

        return null;
    }
}
