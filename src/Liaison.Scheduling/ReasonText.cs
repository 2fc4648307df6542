using System.Globalization;
using Liaison.Domain;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Scheduling;

/// <summary>
/// The one-sentence English details of unplaced requests. Times are event-local and labelled
/// with the event's zone once per sentence.
/// </summary>
internal static class ReasonText
{
    private static readonly LocalDateTimePattern LocalPattern =
        LocalDateTimePattern.Create("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Names the participants whose free times do not meet: one alone, a pair, or all of them.</summary>
    public static string NoCommonFreeTime(PlanningProblem problem, MeetingRequest request)
    {
        var ids = request.ParticipantIds.ToList();
        var zone = problem.Scenario.Event.TimeZone.Id;
        var length = $"{request.DurationMinutes} free minutes on the {problem.Timeline.Step}-minute step within one working day";
        bool Meet(params string[] group) =>
            problem.Timeline.AlignedStarts(problem.CommonFreeTime(group), request.DurationMinutes).Count > 0;

        if (ids.FirstOrDefault(id => !Meet(id)) is { } alone)
        {
            return $"{Describe(problem, alone)} has no {length} ({zone}).";
        }

        var pair = ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => (a, b))).FirstOrDefault(p => !Meet(p.a, p.b));
        var group = pair == default ? ids : [pair.a, pair.b];
        return $"{Join(group.Select(id => Describe(problem, id)))} share no {length} ({zone}).";
    }

    /// <summary>States which seats or signing suitability no room offers, and the closest room.</summary>
    public static string NoSuitableRoom(Scenario scenario, MeetingRequest request)
    {
        var kind = request.NeedsSigningRoom ? "room suitable for a signing" : "room";
        var candidates = scenario.Rooms.Where(r => !request.NeedsSigningRoom || r.SuitableForSigning).ToList();
        if (candidates.Count == 0)
        {
            return scenario.Rooms.Count == 0 ? "The scenario has no rooms." : "No room is suitable for a signing.";
        }

        var largest = candidates.OrderByDescending(r => r.Capacity).ThenBy(r => r.Id, StringComparer.Ordinal).First();
        return $"No {kind} seats {request.ExpectedAttendees}; the largest, {largest.Name}, seats {largest.Capacity}.";
    }

    /// <summary>Names the pairs that would serve and why no interpreter in them can.</summary>
    public static string NoInterpreter(PlanningProblem problem, MeetingRequest request, InterpretationNeed need)
    {
        var scenario = problem.Scenario;
        if (need.AcceptablePairs.Count == 0)
        {
            var languages = scenario.ParticipantsOf(request).Select(p => $"{p.Id} ({string.Join('/', p.Languages)})");
            return $"No single language pair covers every participant: {Join(languages)}.";
        }

        var pairs = Join(need.AcceptablePairs.Select(p => p.ToString()), "or");
        var covering = scenario.Interpreters.Where(i => i.CoversAny(need.AcceptablePairs)).Select(i => i.Id).ToList();
        return covering.Count == 0
            ? $"No interpreter works in {pairs}."
            : $"The interpreters for {pairs} ({Join(covering)}) are not available for {request.DurationMinutes} minutes at any time {Join(request.ParticipantIds)} are all free.";
    }

    /// <summary>The detail of a request left out whose blockers were not examined because the time limit had been reached.</summary>
    public const string CrowdedOutUnexamined = "Left out when the planner's time limit was reached, before the meetings in its way were examined; a longer time limit names them.";

    /// <summary>
    /// Names the placed requests in the way at every start, with how each blocks and how its priority compares;
    /// beyond <see cref="Crowding.NamedHolders"/> of them, counts them by priority and names the highest few; then
    /// states at how many starts every suitable room or every eligible interpreter was taken, when their holders are not named.
    /// </summary>
    public static string CrowdedOut(PlannableRequest plannable, IReadOnlyList<Blocker> blockers, int roomsFullStarts, int interpretersFullStarts)
    {
        var request = plannable.Request;
        var groups = blockers
            .GroupBy(b => b.By.Request)
            .OrderByDescending(g => g.Key.Priority)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .ToList();
        var named = groups
            .Take(Crowding.NamedHolders)
            .Select(g => $"{g.Key.Id} (priority {g.Key.Priority}, {Compare(g.Key.Priority, request.Priority)}; {Join(g.Select(b => b.How).Distinct(StringComparer.Ordinal))})")
            .ToList();
        var text = groups.Count <= Crowding.NamedHolders
            ? $"Every time it could be held is taken by {Join(named, "or")}"
            : $"Every time it could be held is taken by {groups.Count} meetings ({groups.Count(g => g.Key.Priority > request.Priority)} of higher, {groups.Count(g => g.Key.Priority == request.Priority)} of equal priority), among them {Join(named)}";
        var full = new List<string>();
        if (plannable.Rooms.Count > Crowding.NamedHolders && roomsFullStarts > 0)
        {
            full.Add($"all {plannable.Rooms.Count} suitable rooms are taken at {roomsFullStarts} of its {plannable.Starts.Length} possible starts");
        }

        if (plannable.Interpreters.Count > Crowding.NamedHolders && interpretersFullStarts > 0)
        {
            full.Add($"all {plannable.Interpreters.Count} eligible interpreters are taken at {interpretersFullStarts} of its {plannable.Starts.Length} possible starts");
        }

        return groups.Count == 0 ? $"Every time it could be held, {Join(full)}." : full.Count == 0 ? $"{text}." : $"{text}; {Join(full)}.";
    }

    /// <summary>States why a lock cannot be honoured on its own: the start or the room.</summary>
    public static string LockInfeasible(PlanningProblem problem, MeetingRequest request, long start, Room room, bool startFits)
    {
        var at = $"{Local(problem, request.Lock!.Start)} ({problem.Scenario.Event.TimeZone.Id})";
        return startFits
            ? $"It is locked in {room.Name}, which does not seat {request.ExpectedAttendees}{(request.NeedsSigningRoom ? ", suit a signing" : string.Empty)}{(request.RequiredFeatures.Count > 0 ? $" or offer {Join(request.RequiredFeatures)}" : string.Empty)} as it needs."
            : $"It is locked at {at}, when {Join(request.ParticipantIds)} are not all free for {request.DurationMinutes} minutes on the {problem.Timeline.Step}-minute step within a working day{(request.Interpretation is null ? string.Empty : " with an interpreter available")}.";
    }

    /// <summary>States which earlier lock a lock clashes with.</summary>
    public static string LockClash(PlanningProblem problem, MeetingRequest request, IEnumerable<string> lockedIds) =>
        $"It is locked at {Local(problem, request.Lock!.Start)} ({problem.Scenario.Event.TimeZone.Id}) in its room, which clashes with locked meeting {Join(lockedIds, "and")} (participant, room or every interpreter taken).";

    private static string Compare(int other, int own) => other > own ? "higher" : other == own ? "equal" : "lower";

    private static string Describe(PlanningProblem problem, string participantId)
    {
        var scenario = problem.Scenario;
        var blocks = scenario.BlockedTimes
            .Where(b => b.Blocks(participantId) && Intervals.Overlap(b.Time, scenario.Event.Span))
            .Select(b => b.Label)
            .ToList();
        var blocked = blocks.Count == 0 ? string.Empty : $", blocked by {Join(blocks)}";
        return scenario.Participant(participantId) is Delegation d
            ? $"delegation {d.Id} (present {Local(problem, d.Arrival)} to {Local(problem, d.Departure)}{blocked})"
            : $"principal {participantId}{(blocks.Count == 0 ? string.Empty : $" ({blocked[2..]})")}";
    }

    private static string Local(PlanningProblem problem, Instant instant) =>
        LocalPattern.Format(problem.Scenario.Event.ToLocal(instant).LocalDateTime);

    private static string Join(IEnumerable<string> items, string conjunction = "and")
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }
}
