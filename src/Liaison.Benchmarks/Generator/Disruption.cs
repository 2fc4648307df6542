using Liaison.Domain;
using Liaison.Domain.Changes;
using Liaison.Domain.Programmes;

namespace Liaison.Benchmarks.Generator;

/// <summary>
/// The changes of the <c>replan</c> family (docs/benchmarks.md): 5% of the requests cancelled, the delegation
/// with the most meetings on the first day arriving a day late, and one room lost for the whole event.
/// </summary>
public static class Disruption
{
    /// <summary>Share of requests cancelled.</summary>
    public const double CancelledShare = 0.05;

    /// <summary>The changes for <paramref name="scenario"/> planned as <paramref name="programme"/>.</summary>
    /// <param name="scenario">A scenario with at least two working days and one room.</param>
    /// <param name="programme">Its programme in force.</param>
    /// <param name="seed">Seed choosing the cancelled requests and the room lost.</param>
    /// <returns>Cancellations first (in request order), then the late arrival, then the room lost.</returns>
    /// <exception cref="ArgumentException">When the scenario has fewer than two days or no delegation.</exception>
    public static IReadOnlyList<ScenarioChange> For(Scenario scenario, Programme programme, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(programme);
        if (scenario.Event.WorkingIntervals.Count < 2 || scenario.Delegations.Count == 0)
        {
            throw new ArgumentException("A disruption needs two working days and a delegation.", nameof(scenario));
        }

        var random = new Random(seed);
        var cancelled = scenario.Requests
            .Select(r => (Request: r, Key: random.NextDouble()))
            .OrderBy(x => x.Key)
            .Take((int)Math.Round(scenario.Requests.Count * CancelledShare))
            .Select(x => x.Request.Id)
            .ToHashSet(StringComparer.Ordinal);
        var firstDay = scenario.Event.WorkingIntervals[0];
        var late = scenario.Delegations
            .OrderByDescending(d => programme.Meetings.Count(m => firstDay.Contains(m.Time.Start) && m.ParticipantIds.Contains(d.Id)))
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .First();
        var room = scenario.Rooms[random.Next(scenario.Rooms.Count)];
        return
        [
            .. scenario.Requests.Where(r => cancelled.Contains(r.Id)).Select(r => new RequestCancelled(r.Id)),
            new DelegationArrivesLate(late.Id, scenario.Event.WorkingIntervals[1].Start),
            new RoomLost(room.Id),
        ];
    }

    /// <summary>
    /// How many meetings of <paramref name="previous"/> the changes force to move: those, of requests not
    /// cancelled, held in a lost room or starting before their delegation's new arrival. A re-plan that moves
    /// only what it must moves this many (fewer when some of them are dropped instead).
    /// </summary>
    /// <param name="previous">The programme in force.</param>
    /// <param name="changes">The changes made by <see cref="For"/>.</param>
    public static int ForcedMoves(Programme previous, IReadOnlyList<ScenarioChange> changes)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(changes);
        var cancelled = changes.OfType<RequestCancelled>().Select(c => c.RequestId).ToHashSet(StringComparer.Ordinal);
        var lostRooms = changes.OfType<RoomLost>().Select(c => c.RoomId).ToHashSet(StringComparer.Ordinal);
        var late = changes.OfType<DelegationArrivesLate>().ToList();
        return previous.Meetings.Count(m => !cancelled.Contains(m.RequestId)
            && (lostRooms.Contains(m.RoomId) || late.Any(l => m.ParticipantIds.Contains(l.DelegationId) && m.Time.Start < l.Arrival)));
    }
}
