using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>
/// Checks one request on its own, before any other request is placed, in this order: the
/// participants' common free time, a suitable room, an interpreter, and for a locked request that
/// its lock is among what remains. The first check that fails gives the static reason; a request
/// passing all becomes a <see cref="PlannableRequest"/>.
/// </summary>
internal sealed class RequestCheck
{
    /// <summary>Runs the checks.</summary>
    public RequestCheck(PlanningProblem problem, MeetingRequest request)
    {
        var scenario = problem.Scenario;
        var timeline = problem.Timeline;
        var ids = request.ParticipantIds.ToList();
        var starts = timeline.AlignedStarts(problem.CommonFreeTime(ids), request.DurationMinutes);
        if (starts.Count == 0)
        {
            Unplaced = Fail(request, UnplacedReason.NoCommonFreeTime, ReasonText.NoCommonFreeTime(problem, request));
            return;
        }

        var (rooms, classes) = problem.SuitableRooms(request);
        if (rooms.Count == 0)
        {
            Unplaced = Fail(request, UnplacedReason.NoSuitableRoom, ReasonText.NoSuitableRoom(scenario, request));
            return;
        }

        var need = Interpretation.For(request, scenario.ParticipantsOf(request));
        var interpreters = new List<InterpreterOption>();
        if (need.IsNeeded)
        {
            interpreters = InterpreterOptions(problem, request, need, starts);
            if (interpreters.Count == 0)
            {
                Unplaced = Fail(request, UnplacedReason.NoInterpreter, ReasonText.NoInterpreter(problem, request, need));
                return;
            }

            starts = interpreters.SelectMany(o => o.Starts).Distinct().Order().ToList();
        }

        if (request.Lock is { } pinned)
        {
            var start = timeline.ToSpan(new NodaTime.Interval(pinned.Start, pinned.Start)).Start;
            var room = scenario.Room(pinned.RoomId);
            if (timeline.ToInstant(start) != pinned.Start || !starts.Contains(start) || !rooms.Contains(room))
            {
                Unplaced = Fail(request, UnplacedReason.LockInfeasible, ReasonText.LockInfeasible(problem, request, start, room, starts.Contains(start)));
                return;
            }

            starts = [start];
            rooms = [room];
            classes = [problem.RoomClasses[problem.ClassOfRoom[problem.RoomIndex(room)]]];
            interpreters = interpreters.Where(o => o.Starts.Contains(start)).Select(o => o with { Starts = [start] }).ToList();
        }

        var windows = timeline.ToSpans(request.PreferredWindows);
        var preferred = starts.Where(s => windows.Any(w => w.Holds(s, request.DurationMinutes))).ToArray();
        Plannable = new PlannableRequest(request, ids, ids.Select(problem.ParticipantIndex).ToArray(),
            request.OptionalAttendees.Select(problem.ParticipantIndex).ToArray(), problem.Intern([.. starts]),
            rooms, classes, interpreters, preferred);
    }

    /// <summary>The request as search data, when every check passed.</summary>
    public PlannableRequest? Plannable { get; }

    /// <summary>The reason, when a check failed.</summary>
    public UnplacedRequest? Unplaced { get; }

    private static UnplacedRequest Fail(MeetingRequest request, UnplacedReason reason, string detail) =>
        new(request.Id, reason, detail);

    /// <summary>Interpreters covering an acceptable pair, each with the common free starts at which they are available throughout.</summary>
    private static List<InterpreterOption> InterpreterOptions(PlanningProblem problem, MeetingRequest request,
        InterpretationNeed need, List<long> starts)
    {
        var options = new List<InterpreterOption>();
        foreach (var interpreter in problem.Scenario.Interpreters.Where(i => i.CoversAny(need.AcceptablePairs)))
        {
            var available = starts
                .Where(s => interpreter.IsAvailable(problem.Timeline.ToInterval(s, request.DurationMinutes)))
                .ToArray();
            if (available.Length > 0)
            {
                options.Add(new InterpreterOption(interpreter, problem.Intern(available)));
            }
        }

        return options;
    }
}
