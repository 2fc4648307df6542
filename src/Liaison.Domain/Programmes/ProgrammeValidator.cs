using NodaTime;

namespace Liaison.Domain.Programmes;

/// <summary>
/// Checks a programme against its scenario, independently of the planner that made it: the same
/// hard rules, written a second time in the plainest way (pairwise comparisons), so that tests can
/// trust neither side alone and so a manual move can be checked before it is saved.
/// </summary>
/// <remarks>
/// Rules (issues 2 and 3): each request placed at most once and accounted for exactly once; participants
/// are the requester and invitees plus any of the optional attendees; length equals the duration; the
/// start lies on the planning step from the start of a working day and the meeting ends within that day;
/// every participant is free (<see cref="Scenario.FreeTime"/>); the room holds the attendees, suits a
/// signing when needed and offers every required feature; a locked request is held at its lock;
/// no principal, delegation, room or interpreter is in two meetings at once; a participant has the
/// travel time between meetings in different venues, and a principal the protocol buffer on top;
/// interpreters match <see cref="Interpretation.For"/>.
/// Pure and thread-safe. Quadratic in the number of meetings per resource, which is fine for checking.
/// </remarks>
public static class ProgrammeValidator
{
    /// <summary>Every rule the programme breaks, in a stable order; empty when it is conflict-free.</summary>
    /// <param name="scenario">The scenario the programme was made for.</param>
    /// <param name="programme">The programme to check.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IReadOnlyList<ProgrammeViolation> Check(Scenario scenario, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(programme);
        var violations = new List<ProgrammeViolation>();
        CheckAccounting(scenario, programme, violations);
        var known = programme.Meetings.Where(m => IsKnown(scenario, m, violations)).ToList();
        foreach (var meeting in known)
        {
            CheckMeeting(scenario, meeting, violations);
        }

        CheckOverlaps(scenario, known, violations);
        return violations;
    }

    /// <summary>The rules one meeting breaks on its own (no comparison with other meetings).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="meeting">A meeting whose references all resolve in <paramref name="scenario"/>.</param>
    /// <param name="violations">Receives the violations found.</param>
    public static void CheckMeeting(Scenario scenario, ScheduledMeeting meeting, ICollection<ProgrammeViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(violations);
        var request = scenario.Request(meeting.RequestId);
        var id = meeting.RequestId;
        void Add(ViolationKind kind, string message) => violations.Add(new ProgrammeViolation(kind, [id], message));

        var extra = meeting.ParticipantIds.Except(request.ParticipantIds, StringComparer.Ordinal).ToList();
        if (request.ParticipantIds.Except(meeting.ParticipantIds, StringComparer.Ordinal).Any()
            || extra.Except(request.OptionalAttendees, StringComparer.Ordinal).Any()
            || meeting.ParticipantIds.Distinct(StringComparer.Ordinal).Count() != meeting.ParticipantIds.Count)
        {
            Add(ViolationKind.WrongParticipants, $"Meeting {id} has participants [{string.Join(", ", meeting.ParticipantIds)}] but the request names [{string.Join(", ", request.ParticipantIds)}] and optionally [{string.Join(", ", request.OptionalAttendees)}].");
        }

        if (request.Lock is { } pinned && (meeting.Time.Start != pinned.Start || meeting.RoomId != pinned.RoomId))
        {
            Add(ViolationKind.LockNotHonoured, $"Meeting {id} is locked at {pinned.Start} in room {pinned.RoomId} but is held at {meeting.Time.Start} in room {meeting.RoomId}.");
        }

        if (meeting.Time.Duration != Duration.FromMinutes(request.DurationMinutes))
        {
            Add(ViolationKind.WrongDuration, $"Meeting {id} lasts {meeting.Time.Duration.TotalMinutes} minutes; the request asks for {request.DurationMinutes}.");
        }

        var step = Duration.FromMinutes(scenario.Event.PlanningStepMinutes);
        var days = scenario.Event.WorkingIntervals.Where(d => Intervals.Contains(d, meeting.Time)).ToList();
        if (days.Count == 0 || (meeting.Time.Start - days[0].Start).BclCompatibleTicks % step.BclCompatibleTicks != 0)
        {
            Add(ViolationKind.OutsideWorkingGrid, $"Meeting {id} does not start on a {scenario.Event.PlanningStepMinutes}-minute step inside one working day.");
        }

        foreach (var participantId in meeting.ParticipantIds.Where(scenario.HasParticipant))
        {
            if (!scenario.FreeTime(participantId).Any(free => Intervals.Contains(free, meeting.Time)))
            {
                Add(ViolationKind.ParticipantNotFree, $"Participant {participantId} is absent or blocked during meeting {id}.");
            }
        }

        var room = scenario.Room(meeting.RoomId);
        if (room.Capacity < request.ExpectedAttendees)
        {
            Add(ViolationKind.UnsuitableRoom, $"Room {room.Id} seats {room.Capacity}; meeting {id} expects {request.ExpectedAttendees}.");
        }

        if (request.NeedsSigningRoom && !room.SuitableForSigning)
        {
            Add(ViolationKind.UnsuitableRoom, $"Meeting {id} includes a signing but room {room.Id} is not suitable for one.");
        }

        if (!room.Offers(request.RequiredFeatures))
        {
            Add(ViolationKind.UnsuitableRoom, $"Room {room.Id} lacks {string.Join(", ", request.RequiredFeatures.Where(f => !room.Features.Contains(f)))} required by meeting {id}.");
        }

        CheckInterpretation(scenario, request, meeting, Add);
    }

    private static void CheckInterpretation(Scenario scenario, MeetingRequest request, ScheduledMeeting meeting, Action<ViolationKind, string> add)
    {
        var need = Interpretation.For(request, scenario.ParticipantsOf(request));
        var interpreters = meeting.InterpreterIds.Select(scenario.Interpreter).ToList();
        if (!need.IsNeeded)
        {
            if (interpreters.Count > 0)
            {
                add(ViolationKind.InterpretationMismatch, $"Meeting {meeting.RequestId} needs no interpreter but has {interpreters.Count}.");
            }

            return;
        }

        if (interpreters.Count != 1)
        {
            add(ViolationKind.InterpretationMismatch, $"Meeting {meeting.RequestId} needs one interpreter for {string.Join(" or ", need.AcceptablePairs)} but has {interpreters.Count}.");
            return;
        }

        var interpreter = interpreters[0];
        if (!interpreter.CoversAny(need.AcceptablePairs))
        {
            add(ViolationKind.InterpretationMismatch, $"Interpreter {interpreter.Id} works in none of {string.Join(", ", need.AcceptablePairs)} needed by meeting {meeting.RequestId}.");
        }

        if (!interpreter.IsAvailable(meeting.Time))
        {
            add(ViolationKind.InterpretationMismatch, $"Interpreter {interpreter.Id} is not available for the whole of meeting {meeting.RequestId}.");
        }
    }

    private static void CheckAccounting(Scenario scenario, Programme programme, List<ProgrammeViolation> violations)
    {
        var counts = scenario.Requests.ToDictionary(r => r.Id, _ => 0, StringComparer.Ordinal);
        foreach (var id in programme.Meetings.Select(m => m.RequestId).Concat(programme.Unplaced.Select(u => u.RequestId)))
        {
            if (counts.TryGetValue(id, out var count))
            {
                counts[id] = count + 1;
            }
        }

        foreach (var (id, count) in counts.Where(c => c.Value != 1))
        {
            violations.Add(new ProgrammeViolation(ViolationKind.RequestNotAccountedOnce, [id],
                $"Request {id} appears {count} times among the placed and unplaced requests; it must appear exactly once."));
        }
    }

    private static bool IsKnown(Scenario scenario, ScheduledMeeting meeting, List<ProgrammeViolation> violations)
    {
        var missing = new List<string>();
        if (!scenario.Requests.Any(r => r.Id == meeting.RequestId))
        {
            missing.Add($"request {meeting.RequestId}");
        }

        if (!scenario.Rooms.Any(r => r.Id == meeting.RoomId))
        {
            missing.Add($"room {meeting.RoomId}");
        }

        missing.AddRange(meeting.ParticipantIds.Where(p => !scenario.HasParticipant(p)).Select(p => $"participant {p}"));
        missing.AddRange(meeting.InterpreterIds.Where(i => !scenario.Interpreters.Any(x => x.Id == i)).Select(i => $"interpreter {i}"));
        if (missing.Count == 0)
        {
            return true;
        }

        violations.Add(new ProgrammeViolation(ViolationKind.UnknownReference, [meeting.RequestId],
            $"Meeting {meeting.RequestId} names {string.Join(", ", missing)}, unknown in the scenario."));
        return false;
    }

    private static void CheckOverlaps(Scenario scenario, List<ScheduledMeeting> meetings, List<ProgrammeViolation> violations)
    {
        var buffer = Duration.FromMinutes(scenario.Event.ProtocolBufferMinutes);
        var principals = scenario.Principals.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < meetings.Count; i++)
        {
            for (var j = i + 1; j < meetings.Count; j++)
            {
                var (a, b) = (meetings[i], meetings[j]);
                var ids = new[] { a.RequestId, b.RequestId };
                var shared = a.ParticipantIds.Intersect(b.ParticipantIds, StringComparer.Ordinal)
                    .Select(p => $"participant {p}")
                    .Concat(a.InterpreterIds.Intersect(b.InterpreterIds, StringComparer.Ordinal).Select(x => $"interpreter {x}"))
                    .Concat(a.RoomId == b.RoomId ? [$"room {a.RoomId}"] : [])
                    .ToList();
                if (Intervals.Overlap(a.Time, b.Time) && shared.Count > 0)
                {
                    violations.Add(new ProgrammeViolation(ViolationKind.DoubleBooking, ids,
                        $"Meetings {a.RequestId} and {b.RequestId} overlap and share {string.Join(", ", shared)}."));
                    continue;
                }

                var (first, second) = a.Time.Start <= b.Time.Start ? (a, b) : (b, a);
                var gap = second.Time.Start - first.Time.End;
                var travel = Duration.FromMinutes(scenario.TravelMinutes(scenario.Room(first.RoomId), scenario.Room(second.RoomId)));
                foreach (var participant in a.ParticipantIds.Intersect(b.ParticipantIds, StringComparer.Ordinal))
                {
                    var isPrincipal = principals.Contains(participant);
                    if (gap < travel + (isPrincipal ? buffer : Duration.Zero))
                    {
                        violations.Add(travel > Duration.Zero
                            ? new ProgrammeViolation(ViolationKind.TravelTimeBreached, ids,
                                $"{(isPrincipal ? "Principal" : "Participant")} {participant} has {gap.TotalMinutes} minutes between meetings {first.RequestId} and {second.RequestId} in different venues; the travel time is {travel.TotalMinutes}{(isPrincipal ? $" plus the protocol buffer of {scenario.Event.ProtocolBufferMinutes}" : string.Empty)}.")
                            : new ProgrammeViolation(ViolationKind.ProtocolBufferBreached, ids,
                                $"Principal {participant} has {gap.TotalMinutes} minutes between meetings {first.RequestId} and {second.RequestId}; the protocol buffer is {scenario.Event.ProtocolBufferMinutes}."));
                        break;
                    }
                }
            }
        }
    }
}
