using NodaTime;

namespace Liaison.Domain.Changes;

/// <summary>Applies <see cref="ScenarioChange"/>s to a scenario (docs/changes.md).</summary>
public static class ScenarioChanges
{
    /// <summary>
    /// The scenario after <paramref name="changes"/>, applied in order: cancelled requests removed, new
    /// requests appended, arrivals and departures moved, lost rooms withdrawn (requests locked in them are
    /// unlocked, so they may move), lost interpreters' availability cut, and each principal's new engagement
    /// added as a blocked time. Everything else is the same object as before.
    /// </summary>
    /// <param name="scenario">The scenario the programme in force was planned for.</param>
    /// <param name="changes">The changes; each names entries of <paramref name="scenario"/> or of an earlier change.</param>
    /// <returns>A new, validated scenario; <paramref name="scenario"/> is unchanged.</returns>
    /// <exception cref="ArgumentException">
    /// When a change names something unknown, cancels a request twice, moves a delegation's arrival past its
    /// departure, or the changed scenario is inconsistent (see the <see cref="Scenario"/> constructor).
    /// File readers check these first, to report each problem at its place in the file.
    /// </exception>
    public static Scenario Apply(Scenario scenario, IEnumerable<ScenarioChange> changes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(changes);
        var requests = scenario.Requests.ToList();
        var delegations = scenario.Delegations.ToList();
        var rooms = scenario.Rooms.ToList();
        var interpreters = scenario.Interpreters.ToList();
        var blocked = scenario.BlockedTimes.ToList();
        foreach (var change in changes)
        {
            switch (change)
            {
                case RequestCancelled c:
                    requests.RemoveAt(IndexOf(requests, r => r.Id, c.RequestId, "request"));
                    break;
                case RequestAdded a:
                    requests.Add(a.Request);
                    break;
                case DelegationArrivesLate late:
                    Replace(delegations, late.DelegationId, d => new Delegation(d.Id, d.PartyCode, d.AgencyId, d.HeadOfDelegation, d.Languages, late.Arrival, d.Departure));
                    break;
                case DelegationLeavesEarly early:
                    Replace(delegations, early.DelegationId, d => new Delegation(d.Id, d.PartyCode, d.AgencyId, d.HeadOfDelegation, d.Languages, d.Arrival, early.Departure));
                    break;
                case RoomLost lost:
                    rooms.RemoveAt(IndexOf(rooms, r => r.Id, lost.RoomId, "room"));
                    requests = requests.Select(r => r.Lock?.RoomId == lost.RoomId ? r.WithLock(null) : r).ToList();
                    break;
                case InterpreterLost lost:
                    var index = IndexOf(interpreters, i => i.Id, lost.InterpreterId, "interpreter");
                    var left = AvailableBefore(scenario.Event, interpreters[index], lost.From);
                    if (left.Count == 0)
                    {
                        interpreters.RemoveAt(index);
                    }
                    else
                    {
                        interpreters[index] = new Interpreter(interpreters[index].Id, interpreters[index].Name, interpreters[index].LanguagePairs, left);
                    }

                    break;
                case PrincipalBusy busy:
                    if (!scenario.HasParticipant(busy.PrincipalId) || scenario.Participant(busy.PrincipalId) is not Principal)
                    {
                        throw new ArgumentException($"The change names unknown principal '{busy.PrincipalId}'.", nameof(changes));
                    }

                    blocked.Add(new BlockedTime(busy.BlockedTimeId, busy.Label, BlockedTimeKind.Other, busy.Time, [busy.PrincipalId]));
                    break;
                default:
                    throw new ArgumentException($"Unknown change kind {change?.GetType().Name ?? "null"}.", nameof(changes));
            }
        }

        return new Scenario(scenario.Event, scenario.Parties, scenario.Agencies, delegations, scenario.Principals, rooms,
            interpreters, blocked, requests, scenario.Venues.Count == 0 ? null : scenario.Venues, scenario.TravelTimes.Count == 0 ? null : scenario.TravelTimes);
    }

    /// <summary>The interpreter's availability cut at <paramref name="from"/>; empty when nothing is left.</summary>
    private static List<Interval> AvailableBefore(Event @event, Interpreter interpreter, Instant? from)
    {
        if (from is not { } cut || cut <= @event.Span.Start)
        {
            return [];
        }

        var availability = interpreter.Availability.Count == 0 ? [@event.Span] : interpreter.Availability;
        return availability
            .Where(a => a.Start < cut)
            .Select(a => new Interval(a.Start, Instant.Min(a.End, cut)))
            .ToList();
    }

    private static void Replace(List<Delegation> delegations, string id, Func<Delegation, Delegation> change)
    {
        var index = IndexOf(delegations, d => d.Id, id, "delegation");
        delegations[index] = change(delegations[index]);
    }

    private static int IndexOf<T>(List<T> items, Func<T, string> id, string wanted, string what)
    {
        var index = items.FindIndex(item => string.Equals(id(item), wanted, StringComparison.Ordinal));
        return index >= 0 ? index : throw new ArgumentException($"The change names unknown {what} '{wanted}' (or one already removed).");
    }
}
