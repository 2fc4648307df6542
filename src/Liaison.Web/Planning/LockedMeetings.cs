using System.Globalization;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Web.Planning;

/// <summary>
/// Makes a planner run plan around the locked meetings of the current programme, since the planner
/// has no notion of a fixed meeting. Before the run, each locked meeting's request leaves the
/// scenario; its participants get a blocked time over the meeting widened by the event's protocol
/// buffer on both sides, and its interpreters lose that time from their availability. The domain
/// has no room availability, so after the run a planned meeting that overlaps a locked meeting in
/// the same room is left out (crowded out, naming the locked meeting); the locked meetings are
/// then added back, unchanged, so the stored programme is whole.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class LockedMeetings
{
    /// <summary>Prefix of the ids of the blocked times added for locked meetings.</summary>
    public const string BlockIdPrefix = "locked-";

    /// <summary>The scenario the planner should get: without the locked meetings' requests, their time blocked.</summary>
    /// <param name="scenario">The event's scenario to plan (Accepted and Scheduled requests).</param>
    /// <param name="locked">The locked meetings of the current programme.</param>
    /// <returns><paramref name="scenario"/> itself when nothing is locked.</returns>
    public static Scenario PlanAround(Scenario scenario, IReadOnlyList<ScheduledMeeting> locked)
    {
        if (locked.Count == 0)
        {
            return scenario;
        }

        var buffer = Duration.FromMinutes(scenario.Event.ProtocolBufferMinutes);
        var lockedIds = locked.Select(m => m.RequestId).ToHashSet(StringComparer.Ordinal);
        var blocks = locked.Select(m => new BlockedTime(
            BlockIdPrefix + m.RequestId, string.Create(CultureInfo.InvariantCulture, $"Locked meeting {m.RequestId}"), BlockedTimeKind.Other,
            new Interval(m.Time.Start - buffer, m.Time.End + buffer), m.ParticipantIds));
        return new Scenario(
            scenario.Event, scenario.Parties, scenario.Agencies, scenario.Delegations, scenario.Principals, scenario.Rooms,
            scenario.Interpreters.Select(i => WithoutLockedTime(scenario.Event, i, locked)).OfType<Interpreter>(),
            scenario.BlockedTimes.Concat(blocks),
            scenario.Requests.Where(r => !lockedIds.Contains(r.Id)));
    }

    /// <summary>
    /// The programme to store: the planner's meetings that leave the locked meetings' rooms free, the
    /// locked meetings as they are, and the planner's unplaced requests plus those crowded out here.
    /// </summary>
    /// <param name="planned">The planner's programme over <see cref="PlanAround"/>'s scenario.</param>
    /// <param name="locked">The locked meetings.</param>
    public static Domain.Programmes.Programme Restore(Domain.Programmes.Programme planned, IReadOnlyList<ScheduledMeeting> locked)
    {
        if (locked.Count == 0)
        {
            return planned;
        }

        var kept = new List<ScheduledMeeting>();
        var unplaced = planned.Unplaced.ToList();
        foreach (var meeting in planned.Meetings)
        {
            var holder = locked.FirstOrDefault(l => l.RoomId == meeting.RoomId && Intervals.Overlap(l.Time, meeting.Time));
            if (holder is null)
            {
                kept.Add(meeting);
            }
            else
            {
                unplaced.Add(new UnplacedRequest(meeting.RequestId, UnplacedReason.CrowdedOut,
                    $"Room {meeting.RoomId} is held then by locked meeting {holder.RequestId}."));
            }
        }

        return new Domain.Programmes.Programme([.. kept.Concat(locked).OrderBy(m => m.Time.Start)], unplaced);
    }

    /// <summary>The interpreter without the locked meetings' time, or <c>null</c> when that leaves no time at all.</summary>
    private static Interpreter? WithoutLockedTime(Event @event, Interpreter interpreter, IReadOnlyList<ScheduledMeeting> locked)
    {
        var busy = locked.Where(m => m.InterpreterIds.Contains(interpreter.Id, StringComparer.Ordinal)).Select(m => m.Time).ToList();
        if (busy.Count == 0)
        {
            return interpreter;
        }

        // No availability means the whole event; make that explicit before cutting the locked time out.
        var available = interpreter.Availability.Count == 0 ? @event.WorkingIntervals : interpreter.Availability;
        var free = Intervals.Subtract(available, busy);
        return free.Count == 0 ? null : new Interpreter(interpreter.Id, interpreter.Name, interpreter.LanguagePairs, free);
    }
}
