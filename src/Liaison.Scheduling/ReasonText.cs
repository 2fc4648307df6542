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

    /// <summary>Names the placed requests in the way at every start, with how each blocks and how its priority compares.</summary>
    public static string CrowdedOut(MeetingRequest request, IEnumerable<Blocker> blockers)
    {
        var named = blockers
            .GroupBy(b => b.By.Request)
            .OrderByDescending(g => g.Key.Priority)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Id} (priority {g.Key.Priority}, {Compare(g.Key.Priority, request.Priority)}; {Join(g.Select(b => b.How).Distinct(StringComparer.Ordinal))})")
            .ToList();
        return $"Every time it could be held is taken by {Join(named, "or")}.";
    }

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
