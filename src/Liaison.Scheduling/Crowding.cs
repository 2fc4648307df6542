namespace Liaison.Scheduling;

/// <summary>
/// Finds what stops a request left out at each of its starts, against a programme: the meetings
/// sharing a required participant (within the protocol buffer or travel time), the holders of the
/// suitable rooms when every one is taken, and the holders of the eligible interpreters when every
/// one is taken. Holders are named only when a request has at most <see cref="NamedHolders"/>
/// rooms or interpreters to choose from; otherwise they are counted.
/// </summary>
internal static class Crowding
{
    /// <summary>Largest number of rooms or interpreters whose holders are named one by one.</summary>
    public const int NamedHolders = 5;

    /// <summary>What blocks <paramref name="request"/>: the meetings in the way, and at how many starts all rooms or all interpreters were taken.</summary>
    /// <remarks>
    /// Blockers are listed in a fixed order: sharing a participant, then holding a room, then having an interpreter. Holders
    /// are found by one pass over each room's or interpreter's meetings against the starts where all were taken (binary
    /// search), so the cost grows with meetings plus starts, not their product.
    /// </remarks>
    public static (IReadOnlyList<Blocker> Blockers, int RoomsFullStarts, int InterpretersFullStarts) Of(Occupancy occupancy, PlannableRequest request)
    {
        var problem = occupancy.Problem;
        var blockers = SharingParticipants(occupancy, request);
        var roomsFull = request.Starts.Where(s => occupancy.FreeRoom(request, s) is null).ToArray();
        var interpretersFull = request.NeedsInterpreter ? request.Starts.Where(s => occupancy.FreeInterpreter(request, s) is null).ToArray() : [];
        if (roomsFull.Length > 0 && request.Rooms.Count <= NamedHolders)
        {
            blockers.UnionWith(request.Rooms
                .SelectMany(r => Overlapping(occupancy.MeetingsIn(problem.RoomIndex(r)), roomsFull, request.Duration))
                .Select(q => new Blocker(q, $"holds room {q.Room.Name}")));
        }

        if (interpretersFull.Length > 0 && request.Interpreters.Count <= NamedHolders)
        {
            blockers.UnionWith(request.Interpreters
                .SelectMany(o => Overlapping(occupancy.MeetingsServedBy(problem.InterpreterIndex(o.Interpreter)),
                    [.. interpretersFull.Where(s => Array.BinarySearch(o.Starts, s) >= 0)], request.Duration))
                .Select(q => new Blocker(q, $"has interpreter {q.Interpreter!.Id}")));
        }

        return (blockers.ToList(), roomsFull.Length, interpretersFull.Length);
    }

    /// <summary>The meetings of <paramref name="meetings"/> that overlap a meeting of <paramref name="duration"/> minutes at one of <paramref name="starts"/> (ascending).</summary>
    private static IEnumerable<Placement> Overlapping(IEnumerable<Placement> meetings, long[] starts, long duration) =>
        meetings.Where(q =>
        {
            var first = Array.BinarySearch(starts, q.Start - duration + 1);
            var k = first < 0 ? ~first : first;
            return k < starts.Length && starts[k] < q.End;
        });

    /// <summary>
    /// The meetings of the request's participants that clash with it at one of its starts or more. Scans each meeting
    /// once, over only the starts near it (found by binary search), so the cost grows with meetings, not meetings × starts.
    /// </summary>
    private static HashSet<Blocker> SharingParticipants(Occupancy occupancy, PlannableRequest request)
    {
        var problem = occupancy.Problem;
        var starts = request.Starts;
        var blockers = new HashSet<Blocker>();
        for (var i = 0; i < request.Participants.Length; i++)
        {
            var p = request.Participants[i];
            var margin = problem.Buffers[p] + problem.MaxTravel;
            foreach (var q in occupancy.MeetingsOf(p))
            {
                var near = Array.BinarySearch(starts, q.Start - request.Duration - margin + 1);
                for (var k = near < 0 ? ~near : near; k < starts.Length && starts[k] < q.End + margin; k++)
                {
                    if (!occupancy.ParticipantFreeOf(p, starts[k], request.Duration, q))
                    {
                        blockers.Add(new Blocker(q, $"shares {request.ParticipantIds[i]}"));
                        break;
                    }
                }
            }
        }

        return blockers;
    }
}
